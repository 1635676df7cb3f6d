<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutRoutine</name>
    <message>
        <source>Before every exercise</source>
        <translation>Vor jeder Übung</translation>
    </message>
    <message>
        <source>About these exercises</source>
        <translation>Über diese Übungen</translation>
    </message>
    <message>
        <source>{exercise}: {aim}</source>
        <translation>{exercise}: {aim}</translation>
    </message>
    <message>
        <source>Why each exercise helps</source>
        <translation>Wozu jede Übung dient</translation>
    </message>
    <message>
        <source>Words the instructions use</source>
        <translation>Begriffe aus den Anleitungen</translation>
    </message>
</context>
<context>
    <name>AboutRoutineDialog</name>
    <message>
        <source>About {routine}</source>
        <translation>Über {routine}</translation>
    </message>
    <message>
        <source>About this routine</source>
        <translation>Über dieses Programm</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>the built-in routine is used</source>
        <translation>wird das mitgelieferte Programm verwendet</translation>
    </message>
    <message>
        <source>backpain-gui is already running: its window was brought forward.</source>
        <translation>backpain-gui läuft bereits: Sein Fenster wurde nach vorn geholt.</translation>
    </message>
    <message>
        <source>backpain-gui: cannot write the event log {file}: {reason}</source>
        <translation>backpain-gui: Das Ereignisprotokoll {file} lässt sich nicht schreiben: {reason}</translation>
    </message>
</context>
<context>
    <name>CheckReport</name>
    <message numerus="yes">
        <source>%n exercise(s)</source>
        <translation>
            <numerusform>%n Übung</numerusform>
            <numerusform>%n Übungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n phase(s)</source>
        <translation>
            <numerusform>%n Phase</numerusform>
            <numerusform>%n Phasen</numerusform>
        </translation>
    </message>
    <message>
        <source>valid routine &apos;{title}&apos;, {exercises}, {phases}</source>
        <translation>gültiges Programm „{title}“, {exercises}, {phases}</translation>
    </message>
    <message>
        <source>valid translation ({language})</source>
        <translation>gültige Übersetzung ({language})</translation>
    </message>
    <message numerus="yes">
        <source>valid translation ({language}); %n text(s) left as the routine gives them</source>
        <translation>
            <numerusform>gültige Übersetzung ({language}); %n Text bleibt, wie das Programm ihn angibt</numerusform>
            <numerusform>gültige Übersetzung ({language}); %n Texte bleiben, wie das Programm sie angibt</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: {warning}</source>
        <translation>Warnung: {warning}</translation>
    </message>
</context>
<context>
    <name>ContinueDialog</name>
    <message>
        <source>Continue today&apos;s session?</source>
        <translation>Die heutige Sitzung fortsetzen?</translation>
    </message>
    <message>
        <source>Today&apos;s session, begun at {time}, stopped during {exercise}. Continue from the start of {exercise}?</source>
        <translation>Die heutige Sitzung, begonnen um {time}, wurde während {exercise} unterbrochen. Am Anfang von {exercise} weitermachen?</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <source>%n rep(s), each side</source>
        <translation>
            <numerusform>%n Wiederholung je Seite</numerusform>
            <numerusform>%n Wiederholungen je Seite</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rep(s)</source>
        <translation>
            <numerusform>%n Wiederholung</numerusform>
            <numerusform>%n Wiederholungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Session complete: {done} of %n exercise(s) done</source>
        <translation>
            <numerusform>Sitzung geschafft: {done} von %n Übung geschafft</numerusform>
            <numerusform>Sitzung geschafft: {done} von %n Übungen geschafft</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Session complete: {done} of %n exercise(s) partly done</source>
        <translation>
            <numerusform>Sitzung geschafft: {done} von %n Übung teilweise geschafft</numerusform>
            <numerusform>Sitzung geschafft: {done} von %n Übungen teilweise geschafft</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DayCalendar</name>
    <message>
        <source>Calendar of the days you did a session</source>
        <translation>Kalender der Tage, an denen Sie geübt haben</translation>
    </message>
    <message>
        <source>{day}: {mark}</source>
        <translation>{day}: {mark}</translation>
    </message>
</context>
<context>
    <name>HistoryList</name>
    <message>
        <source>finished</source>
        <translation>geschafft</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>beendet</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n exercise(s) done</source>
        <translation>
            <numerusform>{done} von %n Übung geschafft</numerusform>
            <numerusform>{done} von %n Übungen geschafft</numerusform>
        </translation>
    </message>
    <message>
        <source>No sessions saved yet.</source>
        <translation>Noch keine Sitzungen gespeichert.</translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <source>Finished</source>
        <translation>Geschafft</translation>
    </message>
    <message>
        <source>Ended early</source>
        <translation>Vorzeitig beendet</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <source>Reps</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>Woche ab</translation>
    </message>
    <message>
        <source>Days that count</source>
        <translation>Gezählte Tage</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Exercises done</source>
        <translation>Geschaffte Übungen</translation>
    </message>
    <message>
        <source>ddd dd MMM yyyy, HH:mm</source>
        <translation>ddd, dd. MMM yyyy, HH:mm</translation>
    </message>
    <message>
        <source>Export your history as CSV</source>
        <translation>Ihren Verlauf als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Save the report for your physiotherapist</source>
        <translation>Den Bericht für Ihre Physiotherapie speichern</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>{done} of {reps} each side</source>
        <translation>{done} von {reps} je Seite</translation>
    </message>
    <message>
        <source>{done} of {reps}</source>
        <translation>{done} von {reps}</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Redone later</source>
        <translation>Später wiederholt</translation>
    </message>
    <message>
        <source>Session history</source>
        <translation>Verlauf der Sitzungen</translation>
    </message>
    <message>
        <source>How your back was, 0-10, before and after each session</source>
        <translation>Wie es Ihrem Rücken ging, 0–10, vor und nach jeder Sitzung</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>Wochen</translation>
    </message>
    <message>
        <source>Export CSV...</source>
        <translation>CSV exportieren …</translation>
    </message>
    <message>
        <source>Report for your physiotherapist...</source>
        <translation>Bericht für Ihre Physiotherapie …</translation>
    </message>
    <message>
        <source>Save a report for your physiotherapist as PDF</source>
        <translation>Einen Bericht für Ihre Physiotherapie als PDF speichern</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Your sessions, newest first, each with its exercises</source>
        <translation>Ihre Sitzungen, die neueste zuerst, jede mit ihren Übungen</translation>
    </message>
    <message>
        <source>Totals per week</source>
        <translation>Summen je Woche</translation>
    </message>
    <message>
        <source>{day}  -  {streak}  -  {sessions}</source>
        <translation>{day}  –  {streak}  –  {sessions}</translation>
    </message>
    <message>
        <source>{days} of {week}</source>
        <translation>{days} von {week}</translation>
    </message>
    <message>
        <source>Could not write {path}: {why}</source>
        <translation>{path} konnte nicht geschrieben werden: {why}</translation>
    </message>
    <message>
        <source>{text}, then the history could not be read further: {why}</source>
        <translation>{text}, dann konnte der Verlauf nicht weiter gelesen werden: {why}</translation>
    </message>
    <message>
        <source>Could not write the report to {path}: {why}</source>
        <translation>Der Bericht konnte nicht nach {path} geschrieben werden: {why}</translation>
    </message>
</context>
<context>
    <name>HistoryWords</name>
    <message numerus="yes">
        <source>{done} of %n exercise(s) done</source>
        <translation>
            <numerusform>{done} von %n Übung geschafft</numerusform>
            <numerusform>{done} von %n Übungen geschafft</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) in all</source>
        <translation>
            <numerusform>insgesamt %n Sitzung</numerusform>
            <numerusform>insgesamt %n Sitzungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n session(s) to {path}</source>
        <translation>
            <numerusform>%n Sitzung nach {path} exportiert</numerusform>
            <numerusform>%n Sitzungen nach {path} exportiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{text}; %n unreadable row(s) left out</source>
        <translation>
            <numerusform>{text}; %n unlesbare Zeile ausgelassen</numerusform>
            <numerusform>{text}; %n unlesbare Zeilen ausgelassen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved your report for your physiotherapist (%n page(s)) to {path}</source>
        <translation>
            <numerusform>Ihr Bericht für Ihre Physiotherapie (%n Seite) wurde unter {path} gespeichert</numerusform>
            <numerusform>Ihr Bericht für Ihre Physiotherapie (%n Seiten) wurde unter {path} gespeichert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeyButton</name>
    <message>
        <source>{description}. Key: {key}</source>
        <translation>{description}. Taste: {key}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>End the session?</source>
        <translation>Sitzung beenden?</translation>
    </message>
    <message>
        <source>End today&apos;s session now? What you have done so far is kept.</source>
        <translation>Die heutige Sitzung jetzt beenden? Was Sie bisher gemacht haben, bleibt gespeichert.</translation>
    </message>
    <message>
        <source>backpain-gui - daily Pilates for back pain</source>
        <translation>backpain-gui – tägliches Pilates bei Rückenschmerzen</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>The routine&apos;s translation could not be used, so it is in its own words: {problem}</source>
        <translation>Die Übersetzung der Übungsfolge war nicht zu verwenden, darum steht sie in ihren eigenen Worten: {problem}</translation>
    </message>
    <message>
        <source>(and {count} more: backpain-gui check lists them)</source>
        <translation>(und {count} weitere: backpain-gui check listet sie auf)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>&amp;About This Routine...</source>
        <translation>Über &amp;dieses Programm …</translation>
    </message>
    <message>
        <source>Is It Safe for Me to Exercise?...</source>
        <translation>Darf ich diese Übungen machen? …</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&apos;{title}&apos; stays loaded</source>
        <translation>bleibt „{title}“ geladen</translation>
    </message>
    <message>
        <source>Stopped because it hurts</source>
        <translation>Beendet, weil es schmerzt</translation>
    </message>
    <message>
        <source>{exercise} has one version only: nothing to change</source>
        <translation>{exercise} gibt es nur in einer Variante: nichts zu wechseln</translation>
    </message>
    <message>
        <source>This exercise has one version only: nothing to change</source>
        <translation>Diese Übung gibt es nur in einer Variante: nichts zu wechseln</translation>
    </message>
</context>
<context>
    <name>Pacer</name>
    <message>
        <source>Breathe in</source>
        <translation>Einatmen</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Ausatmen</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Halten</translation>
    </message>
</context>
<context>
    <name>Pain</name>
    <message>
        <source>Your back is very sore today ({before} of 10). Go gently: choose the modifications, stop if the pain gets worse, and see a GP or physiotherapist if it stays this bad.</source>
        <translation>Ihr Rücken ist heute sehr schmerzhaft ({before} von 10). Gehen Sie behutsam vor: Wählen Sie die vereinfachten Varianten, hören Sie auf, wenn der Schmerz stärker wird, und gehen Sie zu Ihrem Hausarzt oder zur Physiotherapie, wenn er so stark bleibt.</translation>
    </message>
    <message>
        <source>Your back went from {before} to {after} of 10 during the session. Ease off next time: the modifications are offered on the plan. If this keeps happening, see a physiotherapist.</source>
        <translation>Ihr Rücken ging während der Sitzung von {before} auf {after} von 10. Machen Sie beim nächsten Mal etwas weniger: Die vereinfachten Varianten finden Sie im Plan. Wenn das immer wieder passiert, gehen Sie zur Physiotherapie.</translation>
    </message>
    <message>
        <source>You stopped because it hurt, which was right. Rest in a position that eases it. If the pain is sharp, spreads down a leg, or has not settled in a day or two, see a GP or physiotherapist. Next time, try the modifications.</source>
        <translation>Sie haben aufgehört, weil es geschmerzt hat – das war richtig. Ruhen Sie sich in einer Haltung aus, die den Schmerz lindert. Wenn der Schmerz stechend ist, ins Bein ausstrahlt oder nach ein, zwei Tagen nicht nachgelassen hat, gehen Sie zu Ihrem Hausarzt oder zur Physiotherapie. Versuchen Sie beim nächsten Mal die vereinfachten Varianten.</translation>
    </message>
    <message>
        <source>Your back went from {before} to {after} of 10. Well done.</source>
        <translation>Ihr Rücken ging von {before} auf {after} von 10. Gut gemacht.</translation>
    </message>
</context>
<context>
    <name>PainChart</name>
    <message>
        <source>Pain before and after each session, with the exercises done</source>
        <translation>Schmerz vor und nach jeder Sitzung, mit den geschafften Übungen</translation>
    </message>
    <message>
        <source>No sessions in these weeks yet</source>
        <translation>Noch keine Sitzungen in diesen Wochen</translation>
    </message>
    <message>
        <source>No pain scores yet: each session asks how your back is, before and after</source>
        <translation>Noch keine Schmerzwerte: Jede Sitzung fragt vorher und nachher, wie es Ihrem Rücken geht</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Exercises done</source>
        <translation>Geschaffte Übungen</translation>
    </message>
    <message>
        <source>Stopped: it hurts</source>
        <translation>Abgebrochen: Es tut weh</translation>
    </message>
    <message>
        <source>d MMM</source>
        <translation>d. MMM</translation>
    </message>
</context>
<context>
    <name>PainScreen</name>
    <message>
        <source>How is your back right now?</source>
        <translation>Wie geht es Ihrem Rücken gerade?</translation>
    </message>
    <message>
        <source>How is your back now, after the session?</source>
        <translation>Wie geht es Ihrem Rücken jetzt, nach der Sitzung?</translation>
    </message>
    <message>
        <source>0 is no pain at all, 10 the worst pain you can imagine.</source>
        <translation>0 heißt gar kein Schmerz, 10 der stärkste Schmerz, den Sie sich vorstellen können.</translation>
    </message>
    <message>
        <source>Press a number (arrows for 10), then Enter. Esc skips the question.</source>
        <translation>Drücken Sie eine Zahl (Pfeiltasten für 10), dann Enter. Esc überspringt die Frage.</translation>
    </message>
    <message>
        <source>Pain {score} of 10</source>
        <translation>Schmerz {score} von 10</translation>
    </message>
    <message>
        <source>9 and Right</source>
        <translation>9 und Rechts</translation>
    </message>
    <message>
        <source>Pick this score (key: {key}); Enter keeps it</source>
        <translation>Diesen Wert wählen (Taste: {key}); Enter übernimmt ihn</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Go on without a score</source>
        <translation>Ohne Wert weitermachen</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Keep this score and go on</source>
        <translation>Diesen Wert übernehmen und weitermachen</translation>
    </message>
    <message>
        <source>Pain {score} of 10. Enter keeps it.</source>
        <translation>Schmerz {score} von 10. Enter übernimmt ihn.</translation>
    </message>
</context>
<context>
    <name>PainTrend</name>
    <message>
        <source>finished</source>
        <translation>geschafft</translation>
    </message>
    <message>
        <source>ended early</source>
        <translation>vorzeitig beendet</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
    <message>
        <source>stopped: it hurts</source>
        <translation>abgebrochen: es tut weh</translation>
    </message>
</context>
<context>
    <name>PainTrendWords</name>
    <message>
        <source>no score</source>
        <translation>kein Wert</translation>
    </message>
    <message>
        <source>ddd dd MMM, HH:mm</source>
        <translation>ddd, dd. MMM, HH:mm</translation>
    </message>
    <message>
        <source>{when}: pain {before} before, {after} after; {done} of {planned} done</source>
        <translation>{when}: Schmerz {before} vorher, {after} nachher; {done} von {planned} geschafft</translation>
    </message>
    <message numerus="yes">
        <source>%n exercise(s)</source>
        <translation>
            <numerusform>%n Übung</numerusform>
            <numerusform>%n Übungen</numerusform>
        </translation>
    </message>
    <message>
        <source>; stopped because it hurt</source>
        <translation>; abgebrochen, weil es wehtat</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>{first} bis {last}</translation>
    </message>
    <message>
        <source>dd MMM</source>
        <translation>dd. MMM</translation>
    </message>
    <message>
        <source>dd MMM yyyy</source>
        <translation>dd. MMM yyyy</translation>
    </message>
    <message>
        <source>No sessions from {span}.</source>
        <translation>Keine Sitzungen vom {span}.</translation>
    </message>
    <message>
        <source>Pain before and after each session, 0 to 10, from {span}</source>
        <translation>Schmerz vor und nach jeder Sitzung, 0 bis 10, vom {span}</translation>
    </message>
    <message>
        <source> (no pain scores given yet)</source>
        <translation> (noch keine Schmerzwerte angegeben)</translation>
    </message>
    <message>
        <source>No sessions in these weeks yet.</source>
        <translation>Noch keine Sitzungen in diesen Wochen.</translation>
    </message>
    <message>
        <source>Latest: {when}, pain {before} before, {after} after.</source>
        <translation>Zuletzt: {when}, Schmerz {before} vorher, {after} nachher.</translation>
    </message>
    <message>
        <source>ddd dd MMM</source>
        <translation>ddd, dd. MMM</translation>
    </message>
    <message>
        <source>No pain scores yet: each session asks how your back is, before and after.</source>
        <translation>Noch keine Schmerzwerte: Jede Sitzung fragt vorher und nachher, wie es Ihrem Rücken geht.</translation>
    </message>
    <message numerus="yes">
        <source>Stopped because it hurt: %n time(s).</source>
        <translation>
            <numerusform>Abgebrochen, weil es wehtat: %n-mal.</numerusform>
            <numerusform>Abgebrochen, weil es wehtat: %n-mal.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PhysioReport</name>
    <message>
        <source>Back exercise report for your physiotherapist</source>
        <translation>Bericht über die Rückenübungen für Ihre Physiotherapie</translation>
    </message>
    <message>
        <source>Pain is the 0-10 numeric rating scale (0 no pain, 10 the worst imaginable), as the person answered &apos;How is your back right now?&apos; just before and just after each session.</source>
        <translation>Der Schmerz ist auf der numerischen Skala von 0 bis 10 angegeben (0 kein Schmerz, 10 der schlimmste vorstellbare), wie die Person die Frage „Wie geht es Ihrem Rücken gerade?“ direkt vor und direkt nach jeder Sitzung beantwortet hat.</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <translation>d. MMMM yyyy</translation>
    </message>
    <message>
        <source>ddd dd MMM</source>
        <translation>ddd, dd. MMM</translation>
    </message>
    <message>
        <source>ddd dd MMM yyyy, HH:mm</source>
        <translation>ddd, dd. MMM yyyy, HH:mm</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>Woche ab</translation>
    </message>
    <message>
        <source>dd MMM</source>
        <translation>dd. MMM</translation>
    </message>
    <message>
        <source>{done} of {planned}</source>
        <translation>{done} von {planned}</translation>
    </message>
    <message>
        <source>passed on {day}</source>
        <translation>bestanden am {day}</translation>
    </message>
    <message>
        <source>not done</source>
        <translation>nicht gemacht</translation>
    </message>
    <message>
        <source>no sessions saved</source>
        <translation>keine Sitzungen gespeichert</translation>
    </message>
    <message>
        <source>{done} of {days}</source>
        <translation>{done} von {days}</translation>
    </message>
    <message>
        <source>{sessions} in these days, {in_all}</source>
        <translation>{sessions} in diesen Tagen, {in_all}</translation>
    </message>
    <message>
        <source>Red-flag screening:</source>
        <translation>Abfrage der Warnzeichen:</translation>
    </message>
    <message>
        <source>Days practised:</source>
        <translation>Geübte Tage:</translation>
    </message>
    <message>
        <source>Sessions:</source>
        <translation>Sitzungen:</translation>
    </message>
    <message>
        <source>Pain before and after each session (0-10), and the exercises done</source>
        <translation>Schmerz vor und nach jeder Sitzung (0–10) und die geschafften Übungen</translation>
    </message>
    <message>
        <source>Pain before</source>
        <translation>Schmerz vorher</translation>
    </message>
    <message>
        <source>Pain after</source>
        <translation>Schmerz nachher</translation>
    </message>
    <message>
        <source>Stopped because it hurt</source>
        <translation>Abgebrochen, weil es wehtat</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>During</source>
        <translation>Während</translation>
    </message>
    <message>
        <source>before the first</source>
        <translation>vor der ersten</translation>
    </message>
    <message>
        <source>No session was stopped because it hurt.</source>
        <translation>Keine Sitzung wurde abgebrochen, weil es wehtat.</translation>
    </message>
    <message>
        <source>Days practised</source>
        <translation>Geübte Tage</translation>
    </message>
    <message>
        <source>stopped: it hurts</source>
        <translation>abgebrochen: es tut weh</translation>
    </message>
    <message>
        <source>Routine and variants done</source>
        <translation>Programm und gemachte Varianten</translation>
    </message>
    <message>
        <source>No sessions in these days.</source>
        <translation>Keine Sitzungen in diesen Tagen.</translation>
    </message>
    <message>
        <source>Routine: {routines}.</source>
        <translation>Programm: {routines}.</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Done in full, by variant</source>
        <translation>Ganz geschafft, nach Variante</translation>
    </message>
    <message>
        <source>not done in full</source>
        <translation>nicht ganz geschafft</translation>
    </message>
    <message>
        <source>Each day practised</source>
        <translation>Jeder geübte Tag</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Exercises done</source>
        <translation>Geschaffte Übungen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anmerkungen</translation>
    </message>
    <message>
        <source>{title}, {day}. Page {page} of {pages}</source>
        <translation>{title}, {day}. Seite {page} von {pages}</translation>
    </message>
</context>
<context>
    <name>PlanCalendar</name>
    <message>
        <source>no session</source>
        <translation>keine Sitzung</translation>
    </message>
    <message>
        <source>started, not finished</source>
        <translation>begonnen, nicht abgeschlossen</translation>
    </message>
    <message>
        <source>finished: the day counts</source>
        <translation>abgeschlossen: der Tag zählt</translation>
    </message>
    <message>
        <source>every exercise done</source>
        <translation>alle Übungen gemacht</translation>
    </message>
    <message>
        <source>ddd dd MMM yyyy</source>
        <translation>ddd, d. MMM yyyy</translation>
    </message>
    <message>
        <source>Day {day}: the {plan}-day plan is done</source>
        <translation>Tag {day}: Der {plan}-Tage-Plan ist geschafft</translation>
    </message>
    <message>
        <source>Day {day} of {plan} - done today</source>
        <translation>Tag {day} von {plan} – heute geschafft</translation>
    </message>
    <message>
        <source>Day {day} of {plan}</source>
        <translation>Tag {day} von {plan}</translation>
    </message>
    <message>
        <source>{exercise} in its modification</source>
        <translation>{exercise} in der vereinfachten Variante</translation>
    </message>
    <message>
        <source>{exercise} back to its standard version</source>
        <translation>{exercise} wieder in der Standardvariante</translation>
    </message>
    <message>
        <source>{names} and {last}</source>
        <translation>{names} und {last}</translation>
    </message>
    <message>
        <source>History  (H)</source>
        <translation>Verlauf  (H)</translation>
    </message>
    <message>
        <source>Open your session history</source>
        <translation>Ihren Sitzungsverlauf öffnen</translation>
    </message>
    <message>
        <source>{streak}. {practised}</source>
        <translation>{streak}. {practised}</translation>
    </message>
</context>
<context>
    <name>PlanReport</name>
    <message>
        <source>Using the default settings</source>
        <translation>Mit den Standardeinstellungen</translation>
    </message>
    <message>
        <source>Using your settings: {changes}</source>
        <translation>Mit Ihren Einstellungen: {changes}</translation>
    </message>
    <message>
        <source>breathing pace</source>
        <translation>Atemtempo</translation>
    </message>
    <message>
        <source>get ready</source>
        <translation>vorbereiten</translation>
    </message>
    <message>
        <source>switch sides</source>
        <translation>Seite wechseln</translation>
    </message>
    <message>
        <source>rest between exercises</source>
        <translation>Pause zwischen den Übungen</translation>
    </message>
    <message>
        <source>your exercise order</source>
        <translation>Ihre Reihenfolge der Übungen</translation>
    </message>
    <message>
        <source>{exercise}: left out</source>
        <translation>{exercise}: ausgelassen</translation>
    </message>
    <message numerus="yes">
        <source>%n rep(s)</source>
        <translation>
            <numerusform>%n Wiederholung</numerusform>
            <numerusform>%n Wiederholungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rep(s) each side, left then right</source>
        <translation>
            <numerusform>%n Wiederholung je Seite, erst links, dann rechts</numerusform>
            <numerusform>%n Wiederholungen je Seite, erst links, dann rechts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>x %n each side</source>
        <translation>
            <numerusform>x %n je Seite</numerusform>
            <numerusform>x %n je Seite</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{title}: %n exercise(s), {time} in all</source>
        <translation>
            <numerusform>{title}: %n Übung, insgesamt {time}</numerusform>
            <numerusform>{title}: %n Übungen, insgesamt {time}</numerusform>
        </translation>
    </message>
    <message>
        <source>Tempo {tempo}x (higher is slower breathing)</source>
        <translation>Tempo {tempo}x (höher heißt langsamer atmen)</translation>
    </message>
    <message>
        <source>each rep</source>
        <translation>je Wiederholung</translation>
    </message>
    <message>
        <source>rest</source>
        <translation>ausruhen</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>modification</source>
        <translation>vereinfacht</translation>
    </message>
    <message>
        <source>supported</source>
        <translation>mit Unterlage</translation>
    </message>
    <message>
        <source>progression</source>
        <translation>Steigerung</translation>
    </message>
    <message>
        <source>in</source>
        <comment>breath</comment>
        <translation>ein</translation>
    </message>
    <message>
        <source>out</source>
        <comment>breath</comment>
        <translation>aus</translation>
    </message>
    <message>
        <source>hold</source>
        <comment>breath</comment>
        <translation>halten</translation>
    </message>
    <message>
        <source>none</source>
        <comment>breath</comment>
        <translation>ohne</translation>
    </message>
</context>
<context>
    <name>PlanScreen</name>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Modification (easier)</source>
        <translation>Vereinfacht (leichter)</translation>
    </message>
    <message>
        <source>Supported (propped up)</source>
        <translation>Mit Unterlage (abgestützt)</translation>
    </message>
    <message>
        <source>Progression (harder)</source>
        <translation>Steigerung (schwerer)</translation>
    </message>
    <message>
        <source>Good to know</source>
        <translation>Gut zu wissen</translation>
    </message>
    <message>
        <source>Start  (Enter)</source>
        <translation>Starten  (Enter)</translation>
    </message>
    <message>
        <source>Start session</source>
        <translation>Sitzung starten</translation>
    </message>
    <message>
        <source>Start today&apos;s session. Key: Enter</source>
        <translation>Die heutige Sitzung starten. Taste: Enter</translation>
    </message>
    <message>
        <source>Settings  (Ctrl+,)</source>
        <translation>Einstellungen  (Strg+,)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Pace, pauses, exercises, sound, colours and reminder. Key: Ctrl+Comma</source>
        <translation>Tempo, Pausen, Übungen, Ton, Farben und Erinnerung. Taste: Strg+Komma</translation>
    </message>
    <message>
        <source>About  (I)</source>
        <translation>Info  (I)</translation>
    </message>
    <message>
        <source>About this routine</source>
        <translation>Über dieses Programm</translation>
    </message>
    <message>
        <source>All the advice, why each exercise helps, and the words used</source>
        <translation>Alle Hinweise, wozu jede Übung dient, und die verwendeten Begriffe</translation>
    </message>
    <message>
        <source>All the advice, why each exercise helps, and the words used. Key: I</source>
        <translation>Alle Hinweise, wozu jede Übung dient, und die verwendeten Begriffe. Taste: I</translation>
    </message>
    <message>
        <source>{exercise}: start position</source>
        <translation>{exercise}: Ausgangsstellung</translation>
    </message>
    <message>
        <source>Variant for {exercise}</source>
        <translation>Variante für {exercise}</translation>
    </message>
    <message>
        <source>The version of {exercise} to do today</source>
        <translation>Die Variante von {exercise} für heute</translation>
    </message>
</context>
<context>
    <name>PlanWords</name>
    <message>
        <source>No days practised yet</source>
        <translation>Noch kein Tag geübt</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) practised, {missed} missed</source>
        <translation>
            <numerusform>%n Tag geübt, {missed} ausgelassen</numerusform>
            <numerusform>%n Tage geübt, {missed} ausgelassen</numerusform>
        </translation>
    </message>
    <message>
        <source>No streak yet: today can start one</source>
        <translation>Noch keine Serie: Heute kann eine beginnen</translation>
    </message>
    <message numerus="yes">
        <source>Streak: %n day(s) in a row</source>
        <translation>
            <numerusform>Serie: %n Tag am Stück</numerusform>
            <numerusform>Serie: %n Tage am Stück</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have done %n day(s) of the {plan}-day plan</source>
        <translation>
            <numerusform>Sie haben %n Tag des {plan}-Tage-Plans geschafft</numerusform>
            <numerusform>Sie haben %n Tage des {plan}-Tage-Plans geschafft</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>You stopped a session because it hurt on {day}. The harder versions wait until a week has gone by without that.</source>
        <translation>Sie haben am {day} eine Sitzung abgebrochen, weil es wehtat. Die schwereren Varianten warten, bis eine Woche ohne das vergangen ist.</translation>
    </message>
    <message>
        <source>Your back was worse after the session on {day} ({before} to {after} of 10). The harder versions wait until a week of sessions leaves it no worse.</source>
        <translation>Ihr Rücken war nach der Sitzung am {day} schlechter ({before} auf {after} von 10). Die schwereren Varianten warten, bis eine Woche Sitzungen ihn nicht verschlechtert.</translation>
    </message>
    <message>
        <source>Your back has been sorer before your sessions this week ({before} to {after} of 10). The harder versions wait until that settles.</source>
        <translation>Ihr Rücken war diese Woche vor den Sitzungen schmerzhafter ({before} auf {after} von 10). Die schwereren Varianten warten, bis sich das beruhigt.</translation>
    </message>
    <message>
        <source>Your last session was stopped because it hurt.</source>
        <translation>Ihre letzte Sitzung wurde abgebrochen, weil es wehtat.</translation>
    </message>
    <message>
        <source>Your back went from {before} to {after} of 10 during your last session.</source>
        <translation>Ihr Rücken ging in Ihrer letzten Sitzung von {before} auf {after} von 10.</translation>
    </message>
    <message>
        <source>Your back was very sore before your last session ({before} of 10).</source>
        <translation>Ihr Rücken war vor Ihrer letzten Sitzung sehr schmerzhaft ({before} von 10).</translation>
    </message>
    <message>
        <source>A day counts when you finish a session; the days need not be in a row.</source>
        <translation>Ein Tag zählt, wenn Sie eine Sitzung abschließen; die Tage müssen nicht aufeinander folgen.</translation>
    </message>
    <message>
        <source>A day counts when you finish a session with at least one exercise done in full. The days need not be in a row: the aim is a daily habit, and a missed day breaks your streak but never undoes the days already done.</source>
        <translation>Ein Tag zählt, wenn Sie eine Sitzung mit mindestens einer ganz geschafften Übung abschließen. Die Tage müssen nicht aufeinander folgen: Ziel ist eine tägliche Gewohnheit, und ein ausgelassener Tag unterbricht Ihre Serie, macht aber die geschafften Tage nie ungeschehen.</translation>
    </message>
</context>
<context>
    <name>ProgressionBanner</name>
    <message>
        <source>Use the harder versions</source>
        <translation>Die schwereren Varianten nehmen</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Jetzt nicht</translation>
    </message>
    <message>
        <source>{done}, but not the harder versions yet. {held_back}</source>
        <translation>{done}, aber noch nicht die schwereren Varianten. {held_back}</translation>
    </message>
    <message>
        <source>{done}: time to progress. {names} has a harder version, its progression. Do it from your next session? You can switch back on the plan at any time.</source>
        <translation>{done}: Zeit für eine Steigerung. {names} hat eine schwerere Variante, die Steigerung. Ab der nächsten Sitzung so üben? Im Plan können Sie jederzeit zurückwechseln.</translation>
    </message>
    <message>
        <source>{done}: time to progress. {names} each have a harder version, their progression. Do them from your next session? You can switch back on the plan at any time.</source>
        <translation>{done}: Zeit für eine Steigerung. {names} haben jeweils eine schwerere Variante, die Steigerung. Ab der nächsten Sitzung so üben? Im Plan können Sie jederzeit zurückwechseln.</translation>
    </message>
    <message>
        <source>{reason} Gentler versions are easier on your back: {steps}. Do them from your next session? You can switch back on the plan at any time.</source>
        <translation>{reason} Sanftere Varianten schonen Ihren Rücken: {steps}. Ab der nächsten Sitzung so üben? Im Plan können Sie jederzeit zurückwechseln.</translation>
    </message>
    <message>
        <source>Use the gentler versions</source>
        <translation>Die sanfteren Varianten nehmen</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>ReminderLines</name>
    <message>
        <source>No reminder sent: {why}.</source>
        <translation>Keine Erinnerung gesendet: {why}.</translation>
    </message>
    <message>
        <source>Sent today&apos;s reminder: {summary}. {words}</source>
        <translation>Heutige Erinnerung gesendet: {summary}. {words}</translation>
    </message>
    <message>
        <source>backpain-gui is not running, so the reminder has no Start button.</source>
        <translation>backpain-gui läuft nicht, darum hat die Erinnerung keine Schaltfläche Starten.</translation>
    </message>
    <message>
        <source>it is time</source>
        <translation>es ist Zeit</translation>
    </message>
    <message>
        <source>reminders are off (turn them on in Settings)</source>
        <translation>Erinnerungen sind aus (in den Einstellungen einschalten)</translation>
    </message>
    <message>
        <source>you already practised today</source>
        <translation>Sie haben heute schon geübt</translation>
    </message>
    <message>
        <source>it is not yet the time you chose</source>
        <translation>es ist noch nicht die gewählte Zeit</translation>
    </message>
    <message>
        <source>today&apos;s reminder was already sent</source>
        <translation>die heutige Erinnerung wurde schon gesendet</translation>
    </message>
    <message>
        <source>the reminder is snoozed</source>
        <translation>die Erinnerung ist verschoben</translation>
    </message>
</context>
<context>
    <name>ReminderOffer</name>
    <message>
        <source>Remind me each day at this time, {time}?</source>
        <translation>Soll ich Sie jeden Tag um diese Zeit erinnern, um {time}?</translation>
    </message>
    <message>
        <source>Yes, remind me at {time}</source>
        <translation>Ja, um {time} erinnern</translation>
    </message>
    <message>
        <source>No, thanks</source>
        <translation>Nein, danke</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Snooze 30 min</source>
        <translation>In 30 Min. erinnern</translation>
    </message>
    <message>
        <source>Time for your back exercises</source>
        <translation>Zeit für Ihre Rückenübungen</translation>
    </message>
</context>
<context>
    <name>ReportLine</name>
    <message>
        <source>Wrote your report for your physiotherapist to {out}: {pages}, {sessions} from {first} to {last}</source>
        <translation>Bericht für Ihre Physiotherapie nach {out} geschrieben: {pages}, {sessions} vom {first} bis {last}</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n Seite</numerusform>
            <numerusform>%n Seiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n Sitzung</numerusform>
            <numerusform>%n Sitzungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportWords</name>
    <message numerus="yes">
        <source>From {first} to {last} (%n day(s)), made by backpain-gui on {today}.</source>
        <translation>
            <numerusform>Vom {first} bis {last} (%n Tag), erstellt von backpain-gui am {today}.</numerusform>
            <numerusform>Vom {first} bis {last} (%n Tage), erstellt von backpain-gui am {today}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) since {day}</source>
        <translation>
            <numerusform>%n Sitzung seit {day}</numerusform>
            <numerusform>%n Sitzungen seit {day}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{title} (%n session(s))</source>
        <translation>
            <numerusform>{title} (%n Sitzung)</numerusform>
            <numerusform>{title} (%n Sitzungen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{variant} %n time(s)</source>
        <translation>
            <numerusform>{variant} %n-mal</numerusform>
            <numerusform>{variant} %n-mal</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoutineMenu</name>
    <message>
        <source>Routines (*.yaml *.yml *.xml);;All files (*)</source>
        <translation>Programme (*.yaml *.yml *.xml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>No recent routines</source>
        <translation>Keine zuletzt geöffneten Programme</translation>
    </message>
    <message>
        <source>Open Routine</source>
        <translation>Programm öffnen</translation>
    </message>
    <message>
        <source>&amp;Open Routine...</source>
        <translation>Programm ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>Open a routine file: YAML, or Workrave&apos;s exercises.xml</source>
        <translation>Eine Programmdatei öffnen: YAML oder die exercises.xml von Workrave</translation>
    </message>
    <message>
        <source>&amp;Built-in Routine</source>
        <translation>&amp;Mitgeliefertes Programm</translation>
    </message>
    <message>
        <source>Open the routine that comes with backpain-gui</source>
        <translation>Das Programm öffnen, das mit backpain-gui geliefert wird</translation>
    </message>
    <message>
        <source>Open &amp;Workrave&apos;s Exercises</source>
        <translation>&amp;Workrave-Übungen öffnen</translation>
    </message>
    <message>
        <source>&amp;Recent Routines</source>
        <translation>&amp;Zuletzt geöffnete Programme</translation>
    </message>
</context>
<context>
    <name>RoutineProblems</name>
    <message>
        <source>{file} has problems, so {instead}.</source>
        <translation>{file} enthält Fehler, daher {instead}.</translation>
    </message>
    <message>
        <source>Routine not loaded</source>
        <translation>Programm nicht geladen</translation>
    </message>
</context>
<context>
    <name>SavedWords</name>
    <message>
        <source>Your history can be written again: everything from this session is saved.</source>
        <translation>Ihr Verlauf kann wieder gespeichert werden: Alles aus dieser Sitzung ist gesichert.</translation>
    </message>
    <message numerus="yes">
        <source>%n exercise(s) done</source>
        <translation>
            <numerusform>%n Übung geschafft</numerusform>
            <numerusform>%n Übungen geschafft</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partly done</source>
        <translation>
            <numerusform>%n teilweise</numerusform>
            <numerusform>%n teilweise</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exercise(s) partly done</source>
        <translation>
            <numerusform>%n Übung teilweise geschafft</numerusform>
            <numerusform>%n Übungen teilweise geschafft</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n übersprungen</numerusform>
            <numerusform>%n übersprungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exercise(s) skipped</source>
        <translation>
            <numerusform>%n Übung übersprungen</numerusform>
            <numerusform>%n Übungen übersprungen</numerusform>
        </translation>
    </message>
    <message>
        <source>no exercises</source>
        <translation>keine Übungen</translation>
    </message>
    <message>
        <source>Not saved to your history yet. {why}</source>
        <translation>Noch nicht in Ihrem Verlauf gespeichert. {why}</translation>
    </message>
    <message>
        <source>Not saved to your history. {why}</source>
        <translation>Nicht in Ihrem Verlauf gespeichert. {why}</translation>
    </message>
    <message>
        <source>Not saved to your history.</source>
        <translation>Nicht in Ihrem Verlauf gespeichert.</translation>
    </message>
    <message>
        <source>Saved to your history: {counts}, ended early.</source>
        <translation>In Ihrem Verlauf gespeichert: {counts}, vorzeitig beendet.</translation>
    </message>
    <message>
        <source>Saved to your history: {counts}.</source>
        <translation>In Ihrem Verlauf gespeichert: {counts}.</translation>
    </message>
    <message>
        <source>Saving stopped part-way: {why}</source>
        <translation>Das Speichern brach mittendrin ab: {why}</translation>
    </message>
    <message>
        <source>The rest is not saved yet. {why}</source>
        <translation>Der Rest ist noch nicht gespeichert. {why}</translation>
    </message>
    <message>
        <source>Day {day} of {days}.</source>
        <translation>Tag {day} von {days}.</translation>
    </message>
    <message>
        <source>Day {day}: the plan is done.</source>
        <translation>Tag {day}: Der Plan ist geschafft.</translation>
    </message>
    <message>
        <source>Today already counts: day {day} of {days}.</source>
        <translation>Heute zählt schon: Tag {day} von {days}.</translation>
    </message>
    <message>
        <source>Finish a session to make today day {day} of {days}.</source>
        <translation>Schließen Sie eine Sitzung ab, damit heute Tag {day} von {days} wird.</translation>
    </message>
</context>
<context>
    <name>Screening</name>
    <message>
        <source>Numbness around your genitals, bottom or inner thighs</source>
        <translation>Taubheit im Genitalbereich, am Gesäß oder an den Oberschenkelinnenseiten</translation>
    </message>
    <message>
        <source>New trouble passing urine, or controlling your bladder or bowels</source>
        <translation>Neue Probleme beim Wasserlassen oder beim Halten von Urin oder Stuhl</translation>
    </message>
    <message>
        <source>Numbness, tingling or weakness in one or both legs</source>
        <translation>Taubheit, Kribbeln oder Schwäche in einem oder beiden Beinen</translation>
    </message>
    <message>
        <source>Fever, weight loss you cannot explain, or a history of cancer</source>
        <translation>Fieber, ungeklärter Gewichtsverlust oder eine frühere Krebserkrankung</translation>
    </message>
    <message>
        <source>The pain began after a fall, an accident or a blow</source>
        <translation>Der Schmerz begann nach einem Sturz, einem Unfall oder einem Schlag</translation>
    </message>
    <message>
        <source>The pain is worse at night and when you rest</source>
        <translation>Der Schmerz ist nachts und in Ruhe schlimmer</translation>
    </message>
    <message>
        <source>You are pregnant, have osteoporosis, or had spinal surgery recently</source>
        <translation>Sie sind schwanger, haben Osteoporose oder kürzlich eine Wirbelsäulen-OP</translation>
    </message>
    <message>
        <source>Call emergency services now (999 in the UK, 112 in Europe, 911 in North America), or go to an emergency department. These signs can mean pressure on the nerves at the base of the spine, which needs treating at once. Do not do these exercises.</source>
        <translation>Rufen Sie sofort den Notruf (112 in Europa, 999 in Großbritannien, 911 in Nordamerika) oder gehen Sie in eine Notaufnahme. Diese Zeichen können auf Druck auf die Nerven am unteren Ende der Wirbelsäule hinweisen, der sofort behandelt werden muss. Machen Sie diese Übungen nicht.</translation>
    </message>
    <message>
        <source>See your GP or a physiotherapist before you start these exercises, and tell them what you ticked. Come back when they have told you that you may exercise.</source>
        <translation>Gehen Sie zu Ihrem Hausarzt oder zur Physiotherapie, bevor Sie mit diesen Übungen beginnen, und sagen Sie dort, was Sie angekreuzt haben. Kommen Sie wieder, wenn man Ihnen gesagt hat, dass Sie üben dürfen.</translation>
    </message>
</context>
<context>
    <name>ScreeningDialog</name>
    <message>
        <source>Before you start</source>
        <translation>Bevor Sie beginnen</translation>
    </message>
    <message>
        <source>These exercises are for mild low back pain. Before you start, do any of these apply to you? Tick every one that does.</source>
        <translation>Diese Übungen sind für leichte Schmerzen im unteren Rücken gedacht. Trifft vor dem Beginn etwas davon auf Sie zu? Kreuzen Sie alles an, was zutrifft.</translation>
    </message>
    <message>
        <source>Tick it if this applies to you</source>
        <translation>Ankreuzen, wenn das auf Sie zutrifft</translation>
    </message>
    <message>
        <source>A doctor or physiotherapist has told me I may do these exercises</source>
        <translation>Ein Arzt oder Physiotherapeut hat mir diese Übungen erlaubt</translation>
    </message>
    <message>
        <source>Tick it once they have said yes</source>
        <translation>Ankreuzen, sobald man Ihnen das erlaubt hat</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Jetzt nicht</translation>
    </message>
    <message>
        <source>Close without starting; Esc does the same</source>
        <translation>Schließen, ohne zu beginnen; Esc tut dasselbe</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>None of these apply to me: continue</source>
        <translation>Nichts davon trifft auf mich zu: weiter</translation>
    </message>
    <message>
        <source>Go on to the session; Enter does the same</source>
        <translation>Weiter zur Sitzung; Enter tut dasselbe</translation>
    </message>
    <message>
        <source>Close without starting; Enter does the same</source>
        <translation>Schließen, ohne zu beginnen; Enter tut dasselbe</translation>
    </message>
</context>
<context>
    <name>SessionScreen</name>
    <message>
        <source>Paused - press Space to continue</source>
        <translation>Pause – zum Fortsetzen die Leertaste drücken</translation>
    </message>
    <message>
        <source>Session done</source>
        <translation>Sitzung geschafft</translation>
    </message>
    <message>
        <source>How much of today&apos;s session is behind you</source>
        <translation>Wie viel der heutigen Sitzung Sie schon geschafft haben</translation>
    </message>
    <message>
        <source>The version of the exercise</source>
        <translation>Die Variante der Übung</translation>
    </message>
    <message>
        <source>It hurts</source>
        <translation>Es tut weh</translation>
    </message>
    <message>
        <source>Stop the session now because it hurts</source>
        <translation>Die Sitzung sofort beenden, weil es wehtut</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Restart this exercise, or go to the previous one</source>
        <translation>Diese Übung neu beginnen oder zur vorigen gehen</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Leertaste</translation>
    </message>
    <message>
        <source>Pause the session</source>
        <translation>Die Sitzung anhalten</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <source>Skip to the next exercise</source>
        <translation>Zur nächsten Übung springen</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Neustart</translation>
    </message>
    <message>
        <source>Restart this exercise</source>
        <translation>Diese Übung neu beginnen</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <source>Change to the next version of this exercise</source>
        <translation>Zur nächsten Variante dieser Übung wechseln</translation>
    </message>
    <message>
        <source>Sound on</source>
        <translation>Ton an</translation>
    </message>
    <message>
        <source>Sound cues and voice are on; press to turn them off</source>
        <translation>Signaltöne und Stimme sind an; drücken, um sie auszuschalten</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Vollbild</translation>
    </message>
    <message>
        <source>Fill the screen</source>
        <translation>Den ganzen Bildschirm füllen</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>End the session; what is done so far is kept</source>
        <translation>Die Sitzung beenden; was bisher geschafft ist, bleibt gespeichert</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Continue the session</source>
        <translation>Die Sitzung fortsetzen</translation>
    </message>
    <message>
        <source>Continuing</source>
        <translation>Es geht weiter</translation>
    </message>
    <message>
        <source>{variant}: {description}</source>
        <translation>{variant}: {description}</translation>
    </message>
    <message>
        <source>Sound off</source>
        <translation>Ton aus</translation>
    </message>
    <message>
        <source>Sound cues and voice are off; press to turn them on</source>
        <translation>Signaltöne und Stimme sind aus; drücken, um sie einzuschalten</translation>
    </message>
    <message>
        <source>Leave full screen</source>
        <translation>Vollbild verlassen</translation>
    </message>
    <message>
        <source>Go back to a window</source>
        <translation>Zurück zum Fenster</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Same as the desktop</source>
        <translation>Wie die Arbeitsumgebung</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>1.00× is the routine&apos;s pace; above 1 breathes slower, below 1 faster.</source>
        <translation>1,00× ist das Tempo des Programms; über 1 atmen Sie langsamer, unter 1 schneller.</translation>
    </message>
    <message>
        <source>Ask how my back is before and after a session</source>
        <translation>Vor und nach einer Sitzung fragen, wie es meinem Rücken geht</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>A 0 to 10 question, kept in your history; off, sessions start at once</source>
        <translation>Eine Frage von 0 bis 10, im Verlauf gespeichert; ausgeschaltet beginnen Sitzungen sofort</translation>
    </message>
    <message>
        <source>&amp;Sound cues</source>
        <translation>Si&amp;gnaltöne</translation>
    </message>
    <message>
        <source>A tone for each breath, rep, side and exercise</source>
        <translation>Ein Ton für jeden Atemzug, jede Wiederholung, jede Seite und jede Übung</translation>
    </message>
    <message>
        <source>Still &amp;pictures instead of moving figures</source>
        <translation>Stand&amp;bilder statt bewegter Figuren</translation>
    </message>
    <message>
        <source>Show a still picture of each step</source>
        <translation>Zu jedem Schritt ein Standbild zeigen</translation>
    </message>
    <message>
        <source>Start in &amp;full screen</source>
        <translation>Im &amp;Vollbild starten</translation>
    </message>
    <message>
        <source>Fill the screen when backpain-gui opens</source>
        <translation>Beim Öffnen von backpain-gui den ganzen Bildschirm füllen</translation>
    </message>
    <message>
        <source>Re&amp;mind me each day at</source>
        <translation>Jeden Tag erinnern &amp;um</translation>
    </message>
    <message>
        <source>A notification each day you have not done a session yet</source>
        <translation>Eine Benachrichtigung an jedem Tag, an dem Sie noch keine Sitzung gemacht haben</translation>
    </message>
    <message>
        <source>Reminder time</source>
        <translation>Uhrzeit der Erinnerung</translation>
    </message>
    <message>
        <source>When the daily reminder comes, hours:minutes</source>
        <translation>Wann die tägliche Erinnerung kommt, Stunden:Minuten</translation>
    </message>
    <message>
        <source>Start at &amp;login, quietly in the tray</source>
        <translation>Beim A&amp;nmelden starten, still im Infobereich</translation>
    </message>
    <message>
        <source>So that the daily reminder can come</source>
        <translation>Damit die tägliche Erinnerung kommen kann</translation>
    </message>
    <message>
        <source>Breathing p&amp;ace</source>
        <translation>Atem&amp;tempo</translation>
    </message>
    <message>
        <source>&amp;Get ready</source>
        <translation>Vorbe&amp;reitung</translation>
    </message>
    <message>
        <source>Seconds to get into position before an exercise</source>
        <translation>Sekunden, um vor einer Übung in Position zu kommen</translation>
    </message>
    <message>
        <source>S&amp;witch sides</source>
        <translation>Seite &amp;wechseln</translation>
    </message>
    <message>
        <source>Seconds to change sides</source>
        <translation>Sekunden zum Seitenwechsel</translation>
    </message>
    <message>
        <source>&amp;Rest between exercises</source>
        <translation>&amp;Pause zwischen Übungen</translation>
    </message>
    <message>
        <source>Seconds of rest after each exercise</source>
        <translation>Sekunden Pause nach jeder Übung</translation>
    </message>
    <message>
        <source>Cue &amp;volume</source>
        <translation>&amp;Lautstärke der Signale</translation>
    </message>
    <message>
        <source>How loud the tones are</source>
        <translation>Wie laut die Töne sind</translation>
    </message>
    <message>
        <source>Colo&amp;urs</source>
        <translation>&amp;Farben</translation>
    </message>
    <message>
        <source>Light, dark or the desktop&apos;s colours</source>
        <translation>Hell, dunkel oder die Farben der Arbeitsumgebung</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Exercises: tick those to do, in the order to do them</source>
        <translation>Übungen zum Ankreuzen, in der Reihenfolge der Sitzung</translation>
    </message>
    <message>
        <source>Sound and display</source>
        <translation>Ton und Anzeige</translation>
    </message>
    <message>
        <source>Only on days without a session yet; Snooze asks again 30 min later.</source>
        <translation>Nur an Tagen ohne Sitzung; „Später“ fragt 30 Min. danach erneut.</translation>
    </message>
    <message>
        <source>Daily reminder</source>
        <translation>Tägliche Erinnerung</translation>
    </message>
    <message>
        <source>This session: about {time}</source>
        <translation>Diese Sitzung: etwa {time}</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Beim Anmelden starten</translation>
    </message>
    <message>
        <source>Cannot change {file}: {reason}</source>
        <translation>{file} lässt sich nicht ändern: {reason}</translation>
    </message>
</context>
<context>
    <name>SoundCheck</name>
    <message>
        <source>Quiet</source>
        <translation>Leise</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Loud</source>
        <translation>Laut</translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation>Einatmen</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Ausatmen</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Halten</translation>
    </message>
    <message>
        <source>Next rep</source>
        <translation>Nächste Wiederholung</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>Seite wechseln</translation>
    </message>
    <message>
        <source>Get ready: 3, 2, 1</source>
        <translation>Vorbereiten: 3, 2, 1</translation>
    </message>
    <message>
        <source>Next exercise</source>
        <translation>Nächste Übung</translation>
    </message>
    <message>
        <source>Session finished</source>
        <translation>Sitzung beendet</translation>
    </message>
    <message>
        <source>Sound check</source>
        <translation>Tontest</translation>
    </message>
    <message>
        <source>Stop sound check</source>
        <translation>Tontest beenden</translation>
    </message>
    <message>
        <source>That was every cue. Choose a volume you can hear from your mat.</source>
        <translation>Das waren alle Signale. Wählen Sie eine Lautstärke, die Sie auf der Matte hören.</translation>
    </message>
    <message>
        <source>Play every sound cue with its name</source>
        <translation>Jedes Signal mit seinem Namen abspielen</translation>
    </message>
    <message>
        <source>Cue volume</source>
        <translation>Lautstärke der Signale</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Lautstärke</translation>
    </message>
    <message>
        <source>Playing: {cue}  ({number} of {count})</source>
        <translation>Es spielt: {cue}  ({number} von {count})</translation>
    </message>
</context>
<context>
    <name>SpokenWords</name>
    <message>
        <source>in</source>
        <comment>breath</comment>
        <translation>ein</translation>
    </message>
    <message>
        <source>out</source>
        <comment>breath</comment>
        <translation>aus</translation>
    </message>
    <message>
        <source>hold</source>
        <comment>breath</comment>
        <translation>halten</translation>
    </message>
    <message>
        <source>Session complete.</source>
        <translation>Sitzung geschafft.</translation>
    </message>
    <message>
        <source>Switch sides.</source>
        <translation>Seite wechseln.</translation>
    </message>
    <message>
        <source>Rest.</source>
        <translation>Ausruhen.</translation>
    </message>
    <message>
        <source>Next: {exercise}</source>
        <translation>Als Nächstes: {exercise}</translation>
    </message>
    <message>
        <source>Have {equipment} ready.</source>
        <translation>Legen Sie {equipment} bereit.</translation>
    </message>
    <message>
        <source>standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>modification</source>
        <translation>vereinfacht</translation>
    </message>
    <message>
        <source>supported</source>
        <translation>mit Unterlage</translation>
    </message>
    <message>
        <source>progression</source>
        <translation>Steigerung</translation>
    </message>
</context>
<context>
    <name>SummaryScreen</name>
    <message>
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <source>Reps</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Exercises done in this session</source>
        <translation>In dieser Sitzung gemachte Übungen</translation>
    </message>
    <message>
        <source>Back to the plan</source>
        <translation>Zurück zum Plan</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Show today&apos;s plan again; from there Enter starts another session</source>
        <translation>Den heutigen Plan wieder zeigen; dort startet Enter eine weitere Sitzung</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Strg+Q</translation>
    </message>
    <message>
        <source>Close backpain-gui; this session is already saved</source>
        <translation>backpain-gui schließen; diese Sitzung ist schon gespeichert</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Start session</source>
        <translation>Sitzung starten</translation>
    </message>
    <message>
        <source>Snooze today&apos;s reminder 30 min</source>
        <translation>Heutige Erinnerung um 30 Min. verschieben</translation>
    </message>
    <message>
        <source>Settings...</source>
        <translation>Einstellungen …</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
</context>
<context>
    <name>Views</name>
    <message>
        <source>Done</source>
        <translation>Geschafft</translation>
    </message>
    <message>
        <source>Partly done</source>
        <translation>Teilweise</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Vorbereiten</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>Seite wechseln</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Ausruhen</translation>
    </message>
    <message>
        <source>About {time} in all</source>
        <translation>Insgesamt etwa {time}</translation>
    </message>
    <message>
        <source>{equipment}, for {exercise}</source>
        <translation>{equipment} für {exercise}</translation>
    </message>
    <message>
        <source>Have ready: {needs}.</source>
        <translation>Bereitlegen: {needs}.</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Step {step} of {steps}</source>
        <translation>Schritt {step} von {steps}</translation>
    </message>
    <message>
        <source>Tip: {tip}</source>
        <translation>Tipp: {tip}</translation>
    </message>
    <message>
        <source>Change to your other side.</source>
        <translation>Wechseln Sie auf die andere Seite.</translation>
    </message>
    <message>
        <source>Rest - next: {exercise}</source>
        <translation>Ausruhen – als Nächstes: {exercise}</translation>
    </message>
    <message>
        <source>Rest - next: {exercise} ({variant})</source>
        <translation>Ausruhen – als Nächstes: {exercise} ({variant})</translation>
    </message>
    <message>
        <source>You need {equipment} for this one: have it ready now.</source>
        <translation>Dafür brauchen Sie {equipment}: Legen Sie es jetzt bereit.</translation>
    </message>
    <message>
        <source>{variant}: {description}</source>
        <translation>{variant}: {description}</translation>
    </message>
    <message>
        <source>Aim: {aim}</source>
        <translation>Ziel: {aim}</translation>
    </message>
    <message>
        <source>Get back into position</source>
        <translation>Gehen Sie wieder in Position</translation>
    </message>
    <message>
        <source>Exercise {exercise} of {exercises}  -  {time} left</source>
        <translation>Übung {exercise} von {exercises}  –  noch {time}</translation>
    </message>
    <message>
        <source>{variant}, then {next} from the next rep</source>
        <translation>{variant}, ab der nächsten Wiederholung {next}</translation>
    </message>
    <message>
        <source>Rep {rep} of {reps}</source>
        <translation>Wiederholung {rep} von {reps}</translation>
    </message>
    <message>
        <source>{done} of {reps} each side</source>
        <translation>{done} von {reps} je Seite</translation>
    </message>
    <message>
        <source>{done} of {reps}</source>
        <translation>{done} von {reps}</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Rests and repeats</source>
        <translation>Pausen und Wiederholtes</translation>
    </message>
    <message>
        <source>Session ended early</source>
        <translation>Sitzung vorzeitig beendet</translation>
    </message>
    <message>
        <source>Well done - session complete</source>
        <translation>Gut gemacht – Sitzung geschafft</translation>
    </message>
    <message>
        <source>Session over - every exercise was skipped</source>
        <translation>Sitzung vorbei – alle Übungen wurden übersprungen</translation>
    </message>
    <message>
        <source>{heading} (continued after a stop)</source>
        <translation>{heading} (nach einer Unterbrechung fortgesetzt)</translation>
    </message>
    <message>
        <source>Total time {time}</source>
        <translation>Gesamtzeit {time}</translation>
    </message>
</context>
<context>
    <name>Voice</name>
    <message>
        <source>On Debian or Ubuntu, install a voice with: sudo apt-get install {packages}</source>
        <translation>Unter Debian oder Ubuntu installieren Sie eine Stimme mit: sudo apt-get install {packages}</translation>
    </message>
    <message>
        <source>Add a voice in Settings &gt; Time &amp; language &gt; Speech.</source>
        <translation>Fügen Sie eine Stimme hinzu unter Einstellungen &gt; Zeit und Sprache &gt; Sprachausgabe.</translation>
    </message>
    <message>
        <source>Add a voice in System Settings &gt; Accessibility &gt; Spoken Content.</source>
        <translation>Fügen Sie eine Stimme hinzu unter Systemeinstellungen &gt; Bedienungshilfen &gt; Gesprochene Inhalte.</translation>
    </message>
    <message>
        <source>Install a text-to-speech voice for your system.</source>
        <translation>Installieren Sie eine Sprachausgabe-Stimme für Ihr System.</translation>
    </message>
    <message>
        <source>No voice was found, so the session is guided by tones only.</source>
        <translation>Keine Stimme gefunden, deshalb führen nur die Töne durch die Sitzung.</translation>
    </message>
    <message>
        <source>No voice ({why}), so the session is guided by tones only.</source>
        <translation>Keine Stimme ({why}), deshalb führen nur die Töne durch die Sitzung.</translation>
    </message>
    <message>
        <source>No voice speaks {language} here, so the session is guided by tones only.</source>
        <translation>Keine Stimme spricht hier {language}, deshalb führen nur die Töne durch die Sitzung.</translation>
    </message>
    <message>
        <source>The voice stopped working ({why}), so the session is guided by tones only.</source>
        <translation>Die Stimme funktioniert nicht mehr ({why}), deshalb führen nur die Töne durch die Sitzung.</translation>
    </message>
    <message>
        <source>speech-dispatcher does not answer; is a sound server running?</source>
        <translation>speech-dispatcher antwortet nicht; läuft ein Soundserver?</translation>
    </message>
    <message>
        <source>This is your voice guide. Breathe in to prepare. Three. In.</source>
        <translation>Das ist Ihre Sprachführung. Einatmen zur Vorbereitung. Drei. Ein.</translation>
    </message>
    <message>
        <source>the engine did not start</source>
        <translation>die Sprachausgabe ist nicht gestartet</translation>
    </message>
</context>
<context>
    <name>VoiceSettingsPanel</name>
    <message>
        <source>System voice</source>
        <translation>Systemstimme</translation>
    </message>
    <message>
        <source>Looking for voices...</source>
        <translation>Stimmen werden gesucht …</translation>
    </message>
    <message>
        <source>Every rep</source>
        <translation>Jede Wiederholung</translation>
    </message>
    <message>
        <source>Every 2nd rep</source>
        <translation>Jede 2. Wiederholung</translation>
    </message>
    <message>
        <source>Every 5th rep</source>
        <translation>Jede 5. Wiederholung</translation>
    </message>
    <message>
        <source>Voice guidance</source>
        <translation>Sprachanleitung</translation>
    </message>
    <message>
        <source>Speak the session&apos;s guidance</source>
        <translation>Die Anleitung der Sitzung ansagen</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Stimme</translation>
    </message>
    <message>
        <source>The voice that speaks the guidance</source>
        <translation>Die Stimme, die die Anleitung spricht</translation>
    </message>
    <message>
        <source>Test voice</source>
        <translation>Stimme testen</translation>
    </message>
    <message>
        <source>Say a sample of the guidance</source>
        <translation>Eine Probe der Anleitung sprechen</translation>
    </message>
    <message>
        <source>How to get a voice...</source>
        <translation>So bekommen Sie eine Stimme …</translation>
    </message>
    <message>
        <source>How to get a voice</source>
        <translation>So bekommen Sie eine Stimme</translation>
    </message>
    <message>
        <source>Show the command that installs a voice</source>
        <translation>Den Befehl zeigen, der eine Stimme installiert</translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>How fast the voice speaks</source>
        <translation>Wie schnell die Stimme spricht</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Lautstärke</translation>
    </message>
    <message>
        <source>How loud the voice speaks</source>
        <translation>Wie laut die Stimme spricht</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Zählen</translation>
    </message>
    <message>
        <source>How often the rep number is said</source>
        <translation>Wie oft die Zahl der Wiederholung gesagt wird</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>On your left side</source>
        <translation>Auf der linken Seite</translation>
    </message>
    <message>
        <source>On your right side</source>
        <translation>Auf der rechten Seite</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Modification</source>
        <translation>Vereinfacht</translation>
    </message>
    <message>
        <source>Supported</source>
        <translation>Mit Unterlage</translation>
    </message>
    <message>
        <source>Progression</source>
        <translation>Steigerung</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} Sek.</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} Min.</translation>
    </message>
</context>
<context>
    <name>_ExerciseRow</name>
    <message>
        <source>Do {exercise} in the session</source>
        <translation>{exercise} in der Sitzung machen</translation>
    </message>
    <message>
        <source>Reps of {exercise}</source>
        <translation>Wiederholungen von {exercise}</translation>
    </message>
    <message>
        <source>How many times to do {exercise}</source>
        <translation>Wie oft {exercise} gemacht wird</translation>
    </message>
    <message>
        <source>Variant of {exercise}</source>
        <translation>Variante von {exercise}</translation>
    </message>
    <message>
        <source>The version of {exercise} to do</source>
        <translation>Die Variante von {exercise}</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Move {exercise} up</source>
        <translation>{exercise} nach oben</translation>
    </message>
    <message>
        <source>Do {exercise} one place earlier</source>
        <translation>{exercise} einen Platz früher machen</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Runter</translation>
    </message>
    <message>
        <source>Move {exercise} down</source>
        <translation>{exercise} nach unten</translation>
    </message>
    <message>
        <source>Do {exercise} one place later</source>
        <translation>{exercise} einen Platz später machen</translation>
    </message>
    <message numerus="yes">
        <source> rep(s) each side</source>
        <translation>
            <numerusform> Wiederholung je Seite</numerusform>
            <numerusform> Wiederholungen je Seite</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> rep(s)</source>
        <translation>
            <numerusform> Wiederholung</numerusform>
            <numerusform> Wiederholungen</numerusform>
        </translation>
    </message>
</context>
</TS>
