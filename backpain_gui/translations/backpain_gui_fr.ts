<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>PlanScreen</name>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Modification (easier)</source>
        <translation>Adaptation (plus facile)</translation>
    </message>
    <message>
        <source>Supported (easier, propped up)</source>
        <translation>Avec appui (plus facile, soutenu)</translation>
    </message>
    <message>
        <source>Progression (harder)</source>
        <translation>Progression (plus difficile)</translation>
    </message>
    <message>
        <source>Start  (Enter)</source>
        <translation>Commencer  (Entrée)</translation>
    </message>
    <message>
        <source>Start session</source>
        <translation>Commencer la séance</translation>
    </message>
    <message>
        <source>Start today&apos;s session. Key: Enter</source>
        <translation>Commencer la séance du jour. Touche : Entrée</translation>
    </message>
    <message>
        <source>Settings  (Ctrl+,)</source>
        <translation>Réglages  (Ctrl+,)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>Pace, pauses, exercises, sound, colours and reminder. Key: Ctrl+Comma</source>
        <translation>Rythme, pauses, exercices, son, couleurs et rappel. Touche : Ctrl+virgule</translation>
    </message>
    <message>
        <source>About  (I)</source>
        <translation>À propos  (I)</translation>
    </message>
    <message>
        <source>About this routine</source>
        <translation>À propos de ce programme</translation>
    </message>
    <message>
        <source>All the advice, why each exercise helps, and the words used</source>
        <translation>Tous les conseils, l’intérêt de chaque exercice et les termes employés</translation>
    </message>
    <message>
        <source>All the advice, why each exercise helps, and the words used. Key: I</source>
        <translation>Tous les conseils, l’intérêt de chaque exercice et les termes employés. Touche : I</translation>
    </message>
    <message>
        <source>{exercise}: start position</source>
        <translation>{exercise} : position de départ</translation>
    </message>
    <message>
        <source>Variant for {exercise}</source>
        <translation>Variante pour {exercise}</translation>
    </message>
    <message>
        <source>The version of {exercise} to do today</source>
        <translation>La variante de {exercise} à faire aujourd’hui</translation>
    </message>
</context>
</TS>
