<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>PlanScreen</name>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Modification (easier)</source>
        <translation>Abwandlung (leichter)</translation>
    </message>
    <message>
        <source>Supported (easier, propped up)</source>
        <translation>Mit Unterstützung (leichter, abgestützt)</translation>
    </message>
    <message>
        <source>Progression (harder)</source>
        <translation>Steigerung (schwerer)</translation>
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
</TS>
