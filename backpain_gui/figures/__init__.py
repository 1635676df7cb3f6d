"""Exercise figures drawn from poses: joint angles in, SVG pictures and paintable shapes out.

Pure Python, no Qt: `skeleton` places the joints of a pose, `drawing` turns a body into
shapes, `pose_file` reads a routine's poses, `catalogue` finds the pose behind a picture and
`render_svg` writes the still pictures. The session screen paints the same shapes live
(backpain_gui/ui/figure_widget.py).
"""
