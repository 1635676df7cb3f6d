<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AboutRoutine</name>
    <message>
        <source>Before every exercise</source>
        <translation>Avant chaque exercice</translation>
    </message>
    <message>
        <source>About these exercises</source>
        <translation>À propos de ces exercices</translation>
    </message>
    <message>
        <source>{exercise}: {aim}</source>
        <translation>{exercise} : {aim}</translation>
    </message>
    <message>
        <source>Why each exercise helps</source>
        <translation>L’intérêt de chaque exercice</translation>
    </message>
    <message>
        <source>Words the instructions use</source>
        <translation>Les termes des consignes</translation>
    </message>
</context>
<context>
    <name>AboutRoutineDialog</name>
    <message>
        <source>About {routine}</source>
        <translation>À propos de {routine}</translation>
    </message>
    <message>
        <source>About this routine</source>
        <translation>À propos de ce programme</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>the built-in routine is used</source>
        <translation>le programme intégré est utilisé</translation>
    </message>
    <message>
        <source>backpain-gui is already running: its window was brought forward.</source>
        <translation>backpain-gui est déjà ouvert : sa fenêtre a été mise au premier plan.</translation>
    </message>
    <message>
        <source>backpain-gui: cannot write the event log {file}: {reason}</source>
        <translation>backpain-gui : impossible d’écrire le journal d’événements {file} : {reason}</translation>
    </message>
</context>
<context>
    <name>CheckReport</name>
    <message numerus="yes">
        <source>%n exercise(s)</source>
        <translation>
            <numerusform>%n exercice</numerusform>
            <numerusform>%n exercices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n phase(s)</source>
        <translation>
            <numerusform>%n phase</numerusform>
            <numerusform>%n phases</numerusform>
        </translation>
    </message>
    <message>
        <source>valid routine &apos;{title}&apos;, {exercises}, {phases}</source>
        <translation>programme valide « {title} », {exercises}, {phases}</translation>
    </message>
    <message>
        <source>valid translation ({language})</source>
        <translation>traduction valide ({language})</translation>
    </message>
    <message numerus="yes">
        <source>valid translation ({language}); %n text(s) left as the routine gives them</source>
        <translation>
            <numerusform>traduction valide ({language}) ; %n texte reste tel que le programme le donne</numerusform>
            <numerusform>traduction valide ({language}) ; %n textes restent tels que le programme les donne</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: {warning}</source>
        <translation>avertissement : {warning}</translation>
    </message>
</context>
<context>
    <name>ContinueDialog</name>
    <message>
        <source>Continue today&apos;s session?</source>
        <translation>Reprendre la séance du jour ?</translation>
    </message>
    <message>
        <source>Today&apos;s session, begun at {time}, stopped during {exercise}. Continue from the start of {exercise}?</source>
        <translation>La séance du jour, commencée à {time}, s’est arrêtée pendant {exercise}. Reprendre au début de {exercise} ?</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <source>%n rep(s), each side</source>
        <translation>
            <numerusform>%n répétition par côté</numerusform>
            <numerusform>%n répétitions par côté</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rep(s)</source>
        <translation>
            <numerusform>%n répétition</numerusform>
            <numerusform>%n répétitions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Session complete: {done} of %n exercise(s) done</source>
        <translation>
            <numerusform>Séance terminée : {done} sur %n exercice fait</numerusform>
            <numerusform>Séance terminée : {done} sur %n exercices faits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Session complete: {done} of %n exercise(s) partly done</source>
        <translation>
            <numerusform>Séance terminée : {done} sur %n exercice en partie fait</numerusform>
            <numerusform>Séance terminée : {done} sur %n exercices en partie faits</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DayCalendar</name>
    <message>
        <source>Calendar of the days you did a session</source>
        <translation>Calendrier des jours où vous avez fait une séance</translation>
    </message>
    <message>
        <source>{day}: {mark}</source>
        <translation>{day} : {mark}</translation>
    </message>
</context>
<context>
    <name>HistoryList</name>
    <message>
        <source>finished</source>
        <translation>terminée</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>arrêtée</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrompue</translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n exercise(s) done</source>
        <translation>
            <numerusform>{done} sur %n exercice fait</numerusform>
            <numerusform>{done} sur %n exercices faits</numerusform>
        </translation>
    </message>
    <message>
        <source>No sessions saved yet.</source>
        <translation>Aucune séance enregistrée pour l’instant.</translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <source>Finished</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Ended early</source>
        <translation>Arrêtée avant la fin</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Interrompue</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Reps</source>
        <translation>Répétitions</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>Semaine du</translation>
    </message>
    <message>
        <source>Days that count</source>
        <translation>Jours comptés</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>Exercises done</source>
        <translation>Exercices faits</translation>
    </message>
    <message>
        <source>ddd dd MMM yyyy, HH:mm</source>
        <translation>ddd dd MMM yyyy, HH:mm</translation>
    </message>
    <message>
        <source>Export your history as CSV</source>
        <translation>Exporter votre historique en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save the report for your physiotherapist</source>
        <translation>Enregistrer le rapport pour votre kinésithérapeute</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>{done} of {reps} each side</source>
        <translation>{done} sur {reps} par côté</translation>
    </message>
    <message>
        <source>{done} of {reps}</source>
        <translation>{done} sur {reps}</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Redone later</source>
        <translation>Refait plus tard</translation>
    </message>
    <message>
        <source>Session history</source>
        <translation>Historique des séances</translation>
    </message>
    <message>
        <source>How your back was, 0-10, before and after each session</source>
        <translation>Comment allait votre dos, de 0 à 10, avant et après chaque séance</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>Semaines</translation>
    </message>
    <message>
        <source>Export CSV...</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Report for your physiotherapist...</source>
        <translation>Rapport pour votre kinésithérapeute…</translation>
    </message>
    <message>
        <source>Save a report for your physiotherapist as PDF</source>
        <translation>Enregistrer un rapport pour votre kinésithérapeute en PDF</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Your sessions, newest first, each with its exercises</source>
        <translation>Vos séances, la plus récente d’abord, chacune avec ses exercices</translation>
    </message>
    <message>
        <source>Totals per week</source>
        <translation>Totaux par semaine</translation>
    </message>
    <message>
        <source>{day}  -  {streak}  -  {sessions}</source>
        <translation>{day}  –  {streak}  –  {sessions}</translation>
    </message>
    <message>
        <source>{days} of {week}</source>
        <translation>{days} sur {week}</translation>
    </message>
    <message>
        <source>Could not write {path}: {why}</source>
        <translation>Impossible d’écrire {path} : {why}</translation>
    </message>
    <message>
        <source>{text}, then the history could not be read further: {why}</source>
        <translation>{text}, puis l’historique n’a pas pu être lu plus loin : {why}</translation>
    </message>
    <message>
        <source>Could not write the report to {path}: {why}</source>
        <translation>Impossible d’écrire le rapport dans {path} : {why}</translation>
    </message>
</context>
<context>
    <name>HistoryWords</name>
    <message numerus="yes">
        <source>{done} of %n exercise(s) done</source>
        <translation>
            <numerusform>{done} sur %n exercice fait</numerusform>
            <numerusform>{done} sur %n exercices faits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) in all</source>
        <translation>
            <numerusform>%n séance en tout</numerusform>
            <numerusform>%n séances en tout</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n session(s) to {path}</source>
        <translation>
            <numerusform>%n séance exportée dans {path}</numerusform>
            <numerusform>%n séances exportées dans {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{text}; %n unreadable row(s) left out</source>
        <translation>
            <numerusform>{text} ; %n ligne illisible laissée de côté</numerusform>
            <numerusform>{text} ; %n lignes illisibles laissées de côté</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved your report for your physiotherapist (%n page(s)) to {path}</source>
        <translation>
            <numerusform>Votre rapport pour votre kinésithérapeute (%n page) est enregistré dans {path}</numerusform>
            <numerusform>Votre rapport pour votre kinésithérapeute (%n pages) est enregistré dans {path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeyButton</name>
    <message>
        <source>{description}. Key: {key}</source>
        <translation>{description}. Touche : {key}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>End the session?</source>
        <translation>Terminer la séance ?</translation>
    </message>
    <message>
        <source>End today&apos;s session now? What you have done so far is kept.</source>
        <translation>Terminer la séance du jour maintenant ? Ce que vous avez déjà fait est conservé.</translation>
    </message>
    <message>
        <source>backpain-gui - daily Pilates for back pain</source>
        <translation>backpain-gui – le Pilates au quotidien contre le mal de dos</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Avis</translation>
    </message>
    <message>
        <source>The routine&apos;s translation could not be used, so it is in its own words: {problem}</source>
        <translation>La traduction de la séance n’a pas pu être utilisée, elle reste donc dans sa langue d’origine : {problem}</translation>
    </message>
    <message>
        <source>(and {count} more: backpain-gui check lists them)</source>
        <translation>(et {count} autres : backpain-gui check les liste)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation>&amp;Réglages…</translation>
    </message>
    <message>
        <source>&amp;About This Routine...</source>
        <translation>À &amp;propos de ce programme…</translation>
    </message>
    <message>
        <source>Is It Safe for Me to Exercise?...</source>
        <translation>Puis-je faire ces exercices sans risque ?…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&apos;{title}&apos; stays loaded</source>
        <translation>« {title} » reste chargé</translation>
    </message>
    <message>
        <source>Stopped because it hurts</source>
        <translation>Arrêtée parce que cela fait mal</translation>
    </message>
    <message>
        <source>{exercise} has one version only: nothing to change</source>
        <translation>{exercise} n’a qu’une seule version : rien à changer</translation>
    </message>
    <message>
        <source>This exercise has one version only: nothing to change</source>
        <translation>Cet exercice n’a qu’une seule version : rien à changer</translation>
    </message>
</context>
<context>
    <name>Pacer</name>
    <message>
        <source>Breathe in</source>
        <translation>Inspirez</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Expirez</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Tenez</translation>
    </message>
</context>
<context>
    <name>Pain</name>
    <message>
        <source>Your back is very sore today ({before} of 10). Go gently: choose the modifications, stop if the pain gets worse, and see a GP or physiotherapist if it stays this bad.</source>
        <translation>Votre dos est très douloureux aujourd’hui ({before} sur 10). Allez-y doucement : choisissez les versions facilitées, arrêtez si la douleur augmente, et consultez votre médecin traitant ou un kinésithérapeute si elle reste aussi forte.</translation>
    </message>
    <message>
        <source>Your back went from {before} to {after} of 10 during the session. Ease off next time: the modifications are offered on the plan. If this keeps happening, see a physiotherapist.</source>
        <translation>Votre dos est passé de {before} à {after} sur 10 pendant la séance. Levez le pied la prochaine fois : les versions facilitées sont proposées dans le programme. Si cela se répète, consultez un kinésithérapeute.</translation>
    </message>
    <message>
        <source>You stopped because it hurt, which was right. Rest in a position that eases it. If the pain is sharp, spreads down a leg, or has not settled in a day or two, see a GP or physiotherapist. Next time, try the modifications.</source>
        <translation>Vous vous êtes arrêté parce que cela faisait mal, et vous avez eu raison. Reposez-vous dans une position qui vous soulage. Si la douleur est vive, descend dans une jambe ou ne s’est pas calmée au bout d’un jour ou deux, consultez votre médecin traitant ou un kinésithérapeute. La prochaine fois, essayez les versions facilitées.</translation>
    </message>
    <message>
        <source>Your back went from {before} to {after} of 10. Well done.</source>
        <translation>Votre dos est passé de {before} à {after} sur 10. Bravo.</translation>
    </message>
</context>
<context>
    <name>PainChart</name>
    <message>
        <source>Pain before and after each session, with the exercises done</source>
        <translation>Douleur avant et après chaque séance, avec les exercices faits</translation>
    </message>
    <message>
        <source>No sessions in these weeks yet</source>
        <translation>Pas encore de séance ces semaines-ci</translation>
    </message>
    <message>
        <source>No pain scores yet: each session asks how your back is, before and after</source>
        <translation>Pas encore de note de douleur : chaque séance demande comment va votre dos, avant et après</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Exercises done</source>
        <translation>Exercices faits</translation>
    </message>
    <message>
        <source>Stopped: it hurts</source>
        <translation>Arrêtée : j’ai mal</translation>
    </message>
    <message>
        <source>d MMM</source>
        <translation>d MMM</translation>
    </message>
</context>
<context>
    <name>PainScreen</name>
    <message>
        <source>How is your back right now?</source>
        <translation>Comment va votre dos en ce moment ?</translation>
    </message>
    <message>
        <source>How is your back now, after the session?</source>
        <translation>Comment va votre dos maintenant, après la séance ?</translation>
    </message>
    <message>
        <source>0 is no pain at all, 10 the worst pain you can imagine.</source>
        <translation>0 signifie aucune douleur, 10 la pire douleur imaginable.</translation>
    </message>
    <message>
        <source>Press a number (arrows for 10), then Enter. Esc skips the question.</source>
        <translation>Tapez un chiffre (flèches pour 10), puis Entrée. Échap passe la question.</translation>
    </message>
    <message>
        <source>Pain {score} of 10</source>
        <translation>Douleur {score} sur 10</translation>
    </message>
    <message>
        <source>9 and Right</source>
        <translation>9 puis Droite</translation>
    </message>
    <message>
        <source>Pick this score (key: {key}); Enter keeps it</source>
        <translation>Choisir cette note (touche : {key}) ; Entrée la garde</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Passer</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Échap</translation>
    </message>
    <message>
        <source>Go on without a score</source>
        <translation>Continuer sans note</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Keep this score and go on</source>
        <translation>Garder cette note et continuer</translation>
    </message>
    <message>
        <source>Pain {score} of 10. Enter keeps it.</source>
        <translation>Douleur {score} sur 10. Entrée la garde.</translation>
    </message>
</context>
<context>
    <name>PainTrend</name>
    <message>
        <source>finished</source>
        <translation>terminée</translation>
    </message>
    <message>
        <source>ended early</source>
        <translation>arrêtée avant la fin</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrompue</translation>
    </message>
    <message>
        <source>stopped: it hurts</source>
        <translation>arrêtée : j’ai mal</translation>
    </message>
</context>
<context>
    <name>PainTrendWords</name>
    <message>
        <source>no score</source>
        <translation>pas de note</translation>
    </message>
    <message>
        <source>ddd dd MMM, HH:mm</source>
        <translation>ddd dd MMM, HH:mm</translation>
    </message>
    <message>
        <source>{when}: pain {before} before, {after} after; {done} of {planned} done</source>
        <translation>{when} : douleur {before} avant, {after} après ; {done} sur {planned} faits</translation>
    </message>
    <message numerus="yes">
        <source>%n exercise(s)</source>
        <translation>
            <numerusform>%n exercice</numerusform>
            <numerusform>%n exercices</numerusform>
        </translation>
    </message>
    <message>
        <source>; stopped because it hurt</source>
        <translation> ; arrêtée à cause de la douleur</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>{first} au {last}</translation>
    </message>
    <message>
        <source>dd MMM</source>
        <translation>dd MMM</translation>
    </message>
    <message>
        <source>dd MMM yyyy</source>
        <translation>dd MMM yyyy</translation>
    </message>
    <message>
        <source>No sessions from {span}.</source>
        <translation>Aucune séance du {span}.</translation>
    </message>
    <message>
        <source>Pain before and after each session, 0 to 10, from {span}</source>
        <translation>Douleur avant et après chaque séance, de 0 à 10, du {span}</translation>
    </message>
    <message>
        <source> (no pain scores given yet)</source>
        <translation> (pas encore de note de douleur)</translation>
    </message>
    <message>
        <source>No sessions in these weeks yet.</source>
        <translation>Pas encore de séance ces semaines-ci.</translation>
    </message>
    <message>
        <source>Latest: {when}, pain {before} before, {after} after.</source>
        <translation>Dernière : {when}, douleur {before} avant, {after} après.</translation>
    </message>
    <message>
        <source>ddd dd MMM</source>
        <translation>ddd dd MMM</translation>
    </message>
    <message>
        <source>No pain scores yet: each session asks how your back is, before and after.</source>
        <translation>Pas encore de note de douleur : chaque séance demande comment va votre dos, avant et après.</translation>
    </message>
    <message numerus="yes">
        <source>Stopped because it hurt: %n time(s).</source>
        <translation>
            <numerusform>Arrêtée à cause de la douleur : %n fois.</numerusform>
            <numerusform>Arrêtée à cause de la douleur : %n fois.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PhysioReport</name>
    <message>
        <source>Back exercise report for your physiotherapist</source>
        <translation>Rapport d’exercices pour le dos, pour votre kinésithérapeute</translation>
    </message>
    <message>
        <source>Pain is the 0-10 numeric rating scale (0 no pain, 10 the worst imaginable), as the person answered &apos;How is your back right now?&apos; just before and just after each session.</source>
        <translation>La douleur est notée sur l’échelle numérique de 0 à 10 (0 aucune douleur, 10 la pire imaginable), telle que la personne a répondu à « Comment va votre dos en ce moment ? » juste avant et juste après chaque séance.</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <translation>d MMMM yyyy</translation>
    </message>
    <message>
        <source>ddd dd MMM</source>
        <translation>ddd dd MMM</translation>
    </message>
    <message>
        <source>ddd dd MMM yyyy, HH:mm</source>
        <translation>ddd dd MMM yyyy, HH:mm</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>Semaine du</translation>
    </message>
    <message>
        <source>dd MMM</source>
        <translation>dd MMM</translation>
    </message>
    <message>
        <source>{done} of {planned}</source>
        <translation>{done} sur {planned}</translation>
    </message>
    <message>
        <source>passed on {day}</source>
        <translation>passé le {day}</translation>
    </message>
    <message>
        <source>not done</source>
        <translation>non fait</translation>
    </message>
    <message>
        <source>no sessions saved</source>
        <translation>aucune séance enregistrée</translation>
    </message>
    <message>
        <source>{done} of {days}</source>
        <translation>{done} sur {days}</translation>
    </message>
    <message>
        <source>{sessions} in these days, {in_all}</source>
        <translation>{sessions} pendant ces jours, {in_all}</translation>
    </message>
    <message>
        <source>Red-flag screening:</source>
        <translation>Dépistage des signaux d’alerte :</translation>
    </message>
    <message>
        <source>Days practised:</source>
        <translation>Jours de pratique :</translation>
    </message>
    <message>
        <source>Sessions:</source>
        <translation>Séances :</translation>
    </message>
    <message>
        <source>Pain before and after each session (0-10), and the exercises done</source>
        <translation>Douleur avant et après chaque séance (0 à 10), et les exercices faits</translation>
    </message>
    <message>
        <source>Pain before</source>
        <translation>Douleur avant</translation>
    </message>
    <message>
        <source>Pain after</source>
        <translation>Douleur après</translation>
    </message>
    <message>
        <source>Stopped because it hurt</source>
        <translation>Arrêtées à cause de la douleur</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>During</source>
        <translation>Pendant</translation>
    </message>
    <message>
        <source>before the first</source>
        <translation>avant le premier</translation>
    </message>
    <message>
        <source>No session was stopped because it hurt.</source>
        <translation>Aucune séance n’a été arrêtée à cause de la douleur.</translation>
    </message>
    <message>
        <source>Days practised</source>
        <translation>Jours de pratique</translation>
    </message>
    <message>
        <source>stopped: it hurts</source>
        <translation>arrêtée : j’ai mal</translation>
    </message>
    <message>
        <source>Routine and variants done</source>
        <translation>Programme et versions faites</translation>
    </message>
    <message>
        <source>No sessions in these days.</source>
        <translation>Aucune séance pendant ces jours.</translation>
    </message>
    <message>
        <source>Routine: {routines}.</source>
        <translation>Programme : {routines}.</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Exercice</translation>
    </message>
    <message>
        <source>Done in full, by variant</source>
        <translation>Fait en entier, par version</translation>
    </message>
    <message>
        <source>not done in full</source>
        <translation>pas fait en entier</translation>
    </message>
    <message>
        <source>Each day practised</source>
        <translation>Chaque jour de pratique</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>Exercises done</source>
        <translation>Exercices faits</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>{title}, {day}. Page {page} of {pages}</source>
        <translation>{title}, {day}. Page {page} sur {pages}</translation>
    </message>
</context>
<context>
    <name>PlanCalendar</name>
    <message>
        <source>no session</source>
        <translation>aucune séance</translation>
    </message>
    <message>
        <source>started, not finished</source>
        <translation>commencée, non terminée</translation>
    </message>
    <message>
        <source>finished: the day counts</source>
        <translation>terminée : le jour compte</translation>
    </message>
    <message>
        <source>every exercise done</source>
        <translation>tous les exercices faits</translation>
    </message>
    <message>
        <source>ddd dd MMM yyyy</source>
        <translation>ddd d MMM yyyy</translation>
    </message>
    <message>
        <source>Day {day}: the {plan}-day plan is done</source>
        <translation>Jour {day} : le programme de {plan} jours est terminé</translation>
    </message>
    <message>
        <source>Day {day} of {plan} - done today</source>
        <translation>Jour {day} sur {plan} – fait aujourd’hui</translation>
    </message>
    <message>
        <source>Day {day} of {plan}</source>
        <translation>Jour {day} sur {plan}</translation>
    </message>
    <message>
        <source>{exercise} in its modification</source>
        <translation>{exercise} en version facilitée</translation>
    </message>
    <message>
        <source>{exercise} back to its standard version</source>
        <translation>{exercise} de nouveau en version standard</translation>
    </message>
    <message>
        <source>{names} and {last}</source>
        <translation>{names} et {last}</translation>
    </message>
    <message>
        <source>History  (H)</source>
        <translation>Historique  (H)</translation>
    </message>
    <message>
        <source>Open your session history</source>
        <translation>Ouvrir l’historique de vos séances</translation>
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
        <translation>Avec les réglages par défaut</translation>
    </message>
    <message>
        <source>Using your settings: {changes}</source>
        <translation>Avec vos réglages : {changes}</translation>
    </message>
    <message>
        <source>breathing pace</source>
        <translation>rythme de respiration</translation>
    </message>
    <message>
        <source>get ready</source>
        <translation>préparation</translation>
    </message>
    <message>
        <source>switch sides</source>
        <translation>changer de côté</translation>
    </message>
    <message>
        <source>rest between exercises</source>
        <translation>repos entre les exercices</translation>
    </message>
    <message>
        <source>your exercise order</source>
        <translation>votre ordre des exercices</translation>
    </message>
    <message>
        <source>{exercise}: left out</source>
        <translation>{exercise} : laissé de côté</translation>
    </message>
    <message numerus="yes">
        <source>%n rep(s)</source>
        <translation>
            <numerusform>%n répétition</numerusform>
            <numerusform>%n répétitions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rep(s) each side, left then right</source>
        <translation>
            <numerusform>%n répétition par côté, gauche puis droite</numerusform>
            <numerusform>%n répétitions par côté, gauche puis droite</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>x %n each side</source>
        <translation>
            <numerusform>x %n par côté</numerusform>
            <numerusform>x %n par côté</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{title}: %n exercise(s), {time} in all</source>
        <translation>
            <numerusform>{title} : %n exercice, {time} au total</numerusform>
            <numerusform>{title} : %n exercices, {time} au total</numerusform>
        </translation>
    </message>
    <message>
        <source>Tempo {tempo}x (higher is slower breathing)</source>
        <translation>Tempo {tempo}x (plus haut, respiration plus lente)</translation>
    </message>
    <message>
        <source>each rep</source>
        <translation>par répétition</translation>
    </message>
    <message>
        <source>rest</source>
        <translation>repos</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>standard</source>
        <translation>standard</translation>
    </message>
    <message>
        <source>modification</source>
        <translation>facilitée</translation>
    </message>
    <message>
        <source>supported</source>
        <translation>avec appui</translation>
    </message>
    <message>
        <source>progression</source>
        <translation>progression</translation>
    </message>
    <message>
        <source>in</source>
        <comment>breath</comment>
        <translation>inspirer</translation>
    </message>
    <message>
        <source>out</source>
        <comment>breath</comment>
        <translation>expirer</translation>
    </message>
    <message>
        <source>hold</source>
        <comment>breath</comment>
        <translation>tenir</translation>
    </message>
    <message>
        <source>none</source>
        <comment>breath</comment>
        <translation>sans</translation>
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
        <translation>Facilitée (plus simple)</translation>
    </message>
    <message>
        <source>Supported (propped up)</source>
        <translation>Avec appui (surélevé)</translation>
    </message>
    <message>
        <source>Progression (harder)</source>
        <translation>Progression (plus difficile)</translation>
    </message>
    <message>
        <source>Good to know</source>
        <translation>Bon à savoir</translation>
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
<context>
    <name>PlanWords</name>
    <message>
        <source>No days practised yet</source>
        <translation>Aucun jour pratiqué</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) practised, {missed} missed</source>
        <translation>
            <numerusform>%n jour pratiqué, jours manqués : {missed}</numerusform>
            <numerusform>%n jours pratiqués, jours manqués : {missed}</numerusform>
        </translation>
    </message>
    <message>
        <source>No streak yet: today can start one</source>
        <translation>Pas encore de série : commencez-la aujourd’hui</translation>
    </message>
    <message numerus="yes">
        <source>Streak: %n day(s) in a row</source>
        <translation>
            <numerusform>Série : %n jour d’affilée</numerusform>
            <numerusform>Série : %n jours d’affilée</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have done %n day(s) of the {plan}-day plan</source>
        <translation>
            <numerusform>Vous avez fait %n jour du programme de {plan} jours</numerusform>
            <numerusform>Vous avez fait %n jours du programme de {plan} jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>You stopped a session because it hurt on {day}. The harder versions wait until a week has gone by without that.</source>
        <translation>Vous avez arrêté une séance parce que vous aviez mal le {day}. Les versions plus difficiles attendent qu’une semaine passe sans cela.</translation>
    </message>
    <message>
        <source>Your back was worse after the session on {day} ({before} to {after} of 10). The harder versions wait until a week of sessions leaves it no worse.</source>
        <translation>Votre dos allait moins bien après la séance du {day} (de {before} à {after} sur 10). Les versions plus difficiles attendent qu’une semaine de séances ne l’aggrave plus.</translation>
    </message>
    <message>
        <source>Your back has been sorer before your sessions this week ({before} to {after} of 10). The harder versions wait until that settles.</source>
        <translation>Votre dos était plus douloureux avant vos séances cette semaine (de {before} à {after} sur 10). Les versions plus difficiles attendent que cela se calme.</translation>
    </message>
    <message>
        <source>Your last session was stopped because it hurt.</source>
        <translation>Votre dernière séance a été arrêtée parce que vous aviez mal.</translation>
    </message>
    <message>
        <source>Your back went from {before} to {after} of 10 during your last session.</source>
        <translation>Votre dos est passé de {before} à {after} sur 10 pendant votre dernière séance.</translation>
    </message>
    <message>
        <source>Your back was very sore before your last session ({before} of 10).</source>
        <translation>Votre dos était très douloureux avant votre dernière séance ({before} sur 10).</translation>
    </message>
    <message>
        <source>A day counts when you finish a session; the days need not be in a row.</source>
        <translation>Un jour compte quand vous terminez une séance ; les jours n’ont pas à se suivre.</translation>
    </message>
    <message>
        <source>A day counts when you finish a session with at least one exercise done in full. The days need not be in a row: the aim is a daily habit, and a missed day breaks your streak but never undoes the days already done.</source>
        <translation>Un jour compte quand vous terminez une séance avec au moins un exercice fait en entier. Les jours n’ont pas à se suivre : le but est une habitude quotidienne, et un jour manqué interrompt votre série sans jamais effacer les jours déjà faits.</translation>
    </message>
</context>
<context>
    <name>ProgressionBanner</name>
    <message>
        <source>Use the harder versions</source>
        <translation>Prendre les versions plus difficiles</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <source>{done}, but not the harder versions yet. {held_back}</source>
        <translation>{done}, mais pas encore les versions plus difficiles. {held_back}</translation>
    </message>
    <message>
        <source>{done}: time to progress. {names} has a harder version, its progression. Do it from your next session? You can switch back on the plan at any time.</source>
        <translation>{done} : il est temps de progresser. {names} a une version plus difficile, sa progression. La faire dès la prochaine séance ? Vous pouvez revenir en arrière à tout moment dans le programme.</translation>
    </message>
    <message>
        <source>{done}: time to progress. {names} each have a harder version, their progression. Do them from your next session? You can switch back on the plan at any time.</source>
        <translation>{done} : il est temps de progresser. {names} ont chacun une version plus difficile, leur progression. Les faire dès la prochaine séance ? Vous pouvez revenir en arrière à tout moment dans le programme.</translation>
    </message>
    <message>
        <source>{reason} Gentler versions are easier on your back: {steps}. Do them from your next session? You can switch back on the plan at any time.</source>
        <translation>{reason} Des versions plus douces ménagent votre dos : {steps}. Les faire dès la prochaine séance ? Vous pouvez revenir en arrière à tout moment dans le programme.</translation>
    </message>
    <message>
        <source>Use the gentler versions</source>
        <translation>Prendre les versions plus douces</translation>
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
        <translation>Aucun rappel envoyé : {why}.</translation>
    </message>
    <message>
        <source>Sent today&apos;s reminder: {summary}. {words}</source>
        <translation>Rappel du jour envoyé : {summary}. {words}</translation>
    </message>
    <message>
        <source>backpain-gui is not running, so the reminder has no Start button.</source>
        <translation>backpain-gui n’est pas lancé, le rappel n’a donc pas de bouton Commencer.</translation>
    </message>
    <message>
        <source>it is time</source>
        <translation>c’est l’heure</translation>
    </message>
    <message>
        <source>reminders are off (turn them on in Settings)</source>
        <translation>les rappels sont désactivés (activez-les dans les Réglages)</translation>
    </message>
    <message>
        <source>you already practised today</source>
        <translation>vous avez déjà fait votre séance aujourd’hui</translation>
    </message>
    <message>
        <source>it is not yet the time you chose</source>
        <translation>ce n’est pas encore l’heure choisie</translation>
    </message>
    <message>
        <source>today&apos;s reminder was already sent</source>
        <translation>le rappel du jour a déjà été envoyé</translation>
    </message>
    <message>
        <source>the reminder is snoozed</source>
        <translation>le rappel est reporté</translation>
    </message>
</context>
<context>
    <name>ReminderOffer</name>
    <message>
        <source>Remind me each day at this time, {time}?</source>
        <translation>Vous le rappeler chaque jour à cette heure-ci, à {time} ?</translation>
    </message>
    <message>
        <source>Yes, remind me at {time}</source>
        <translation>Oui, me le rappeler à {time}</translation>
    </message>
    <message>
        <source>No, thanks</source>
        <translation>Non, merci</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>Start</source>
        <translation>Commencer</translation>
    </message>
    <message>
        <source>Snooze 30 min</source>
        <translation>Dans 30 min</translation>
    </message>
    <message>
        <source>Time for your back exercises</source>
        <translation>C’est l’heure de vos exercices pour le dos</translation>
    </message>
</context>
<context>
    <name>ReportLine</name>
    <message>
        <source>Wrote your report for your physiotherapist to {out}: {pages}, {sessions} from {first} to {last}</source>
        <translation>Bilan pour votre kinésithérapeute écrit dans {out} : {pages}, {sessions} du {first} au {last}</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n séance</numerusform>
            <numerusform>%n séances</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportWords</name>
    <message numerus="yes">
        <source>From {first} to {last} (%n day(s)), made by backpain-gui on {today}.</source>
        <translation>
            <numerusform>Du {first} au {last} (%n jour), établi par backpain-gui le {today}.</numerusform>
            <numerusform>Du {first} au {last} (%n jours), établi par backpain-gui le {today}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) since {day}</source>
        <translation>
            <numerusform>%n séance depuis le {day}</numerusform>
            <numerusform>%n séances depuis le {day}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{title} (%n session(s))</source>
        <translation>
            <numerusform>{title} (%n séance)</numerusform>
            <numerusform>{title} (%n séances)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{variant} %n time(s)</source>
        <translation>
            <numerusform>{variant} %n fois</numerusform>
            <numerusform>{variant} %n fois</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoutineMenu</name>
    <message>
        <source>Routines (*.yaml *.yml *.xml);;All files (*)</source>
        <translation>Programmes (*.yaml *.yml *.xml);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>No recent routines</source>
        <translation>Aucun programme récent</translation>
    </message>
    <message>
        <source>Open Routine</source>
        <translation>Ouvrir un programme</translation>
    </message>
    <message>
        <source>&amp;Open Routine...</source>
        <translation>&amp;Ouvrir un programme…</translation>
    </message>
    <message>
        <source>Open a routine file: YAML, or Workrave&apos;s exercises.xml</source>
        <translation>Ouvrir un fichier de programme : YAML, ou le exercises.xml de Workrave</translation>
    </message>
    <message>
        <source>&amp;Built-in Routine</source>
        <translation>Programme &amp;intégré</translation>
    </message>
    <message>
        <source>Open the routine that comes with backpain-gui</source>
        <translation>Ouvrir le programme fourni avec backpain-gui</translation>
    </message>
    <message>
        <source>Open &amp;Workrave&apos;s Exercises</source>
        <translation>Ouvrir les exercices de &amp;Workrave</translation>
    </message>
    <message>
        <source>&amp;Recent Routines</source>
        <translation>Programmes récen&amp;ts</translation>
    </message>
</context>
<context>
    <name>RoutineProblems</name>
    <message>
        <source>{file} has problems, so {instead}.</source>
        <translation>{file} comporte des erreurs, donc {instead}.</translation>
    </message>
    <message>
        <source>Routine not loaded</source>
        <translation>Programme non chargé</translation>
    </message>
</context>
<context>
    <name>SavedWords</name>
    <message>
        <source>Your history can be written again: everything from this session is saved.</source>
        <translation>Votre historique peut de nouveau être enregistré : tout ce qui vient de cette séance est sauvegardé.</translation>
    </message>
    <message numerus="yes">
        <source>%n exercise(s) done</source>
        <translation>
            <numerusform>%n exercice fait</numerusform>
            <numerusform>%n exercices faits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partly done</source>
        <translation>
            <numerusform>%n en partie</numerusform>
            <numerusform>%n en partie</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exercise(s) partly done</source>
        <translation>
            <numerusform>%n exercice fait en partie</numerusform>
            <numerusform>%n exercices faits en partie</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n passé</numerusform>
            <numerusform>%n passés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exercise(s) skipped</source>
        <translation>
            <numerusform>%n exercice passé</numerusform>
            <numerusform>%n exercices passés</numerusform>
        </translation>
    </message>
    <message>
        <source>no exercises</source>
        <translation>aucun exercice</translation>
    </message>
    <message>
        <source>Not saved to your history yet. {why}</source>
        <translation>Pas encore enregistré dans votre historique. {why}</translation>
    </message>
    <message>
        <source>Not saved to your history. {why}</source>
        <translation>Non enregistré dans votre historique. {why}</translation>
    </message>
    <message>
        <source>Not saved to your history.</source>
        <translation>Non enregistré dans votre historique.</translation>
    </message>
    <message>
        <source>Saved to your history: {counts}, ended early.</source>
        <translation>Enregistré dans votre historique : {counts}, arrêtée avant la fin.</translation>
    </message>
    <message>
        <source>Saved to your history: {counts}.</source>
        <translation>Enregistré dans votre historique : {counts}.</translation>
    </message>
    <message>
        <source>Saving stopped part-way: {why}</source>
        <translation>L’enregistrement s’est arrêté en cours de route : {why}</translation>
    </message>
    <message>
        <source>The rest is not saved yet. {why}</source>
        <translation>Le reste n’est pas encore enregistré. {why}</translation>
    </message>
    <message>
        <source>Day {day} of {days}.</source>
        <translation>Jour {day} sur {days}.</translation>
    </message>
    <message>
        <source>Day {day}: the plan is done.</source>
        <translation>Jour {day} : le programme est terminé.</translation>
    </message>
    <message>
        <source>Today already counts: day {day} of {days}.</source>
        <translation>Aujourd’hui compte déjà : jour {day} sur {days}.</translation>
    </message>
    <message>
        <source>Finish a session to make today day {day} of {days}.</source>
        <translation>Terminez une séance pour que ce soit le jour {day} sur {days}.</translation>
    </message>
</context>
<context>
    <name>Screening</name>
    <message>
        <source>Numbness around your genitals, bottom or inner thighs</source>
        <translation>Engourdissement du sexe, des fesses ou de l’intérieur des cuisses</translation>
    </message>
    <message>
        <source>New trouble passing urine, or controlling your bladder or bowels</source>
        <translation>Troubles récents pour uriner, ou pour retenir vos urines ou vos selles</translation>
    </message>
    <message>
        <source>Numbness, tingling or weakness in one or both legs</source>
        <translation>Engourdissement, fourmillements ou faiblesse d’une jambe ou des deux</translation>
    </message>
    <message>
        <source>Fever, weight loss you cannot explain, or a history of cancer</source>
        <translation>Fièvre, perte de poids inexpliquée ou antécédents de cancer</translation>
    </message>
    <message>
        <source>The pain began after a fall, an accident or a blow</source>
        <translation>La douleur a commencé après une chute, un accident ou un choc</translation>
    </message>
    <message>
        <source>The pain is worse at night and when you rest</source>
        <translation>La douleur est plus forte la nuit et au repos</translation>
    </message>
    <message>
        <source>You are pregnant, have osteoporosis, or had spinal surgery recently</source>
        <translation>Grossesse, ostéoporose ou opération récente de la colonne vertébrale</translation>
    </message>
    <message>
        <source>Call emergency services now (999 in the UK, 112 in Europe, 911 in North America), or go to an emergency department. These signs can mean pressure on the nerves at the base of the spine, which needs treating at once. Do not do these exercises.</source>
        <translation>Appelez les secours immédiatement (112 en Europe, 999 au Royaume-Uni, 911 en Amérique du Nord) ou rendez-vous aux urgences. Ces signes peuvent indiquer une compression des nerfs à la base de la colonne vertébrale, qui doit être traitée sans attendre. Ne faites pas ces exercices.</translation>
    </message>
    <message>
        <source>See your GP or a physiotherapist before you start these exercises, and tell them what you ticked. Come back when they have told you that you may exercise.</source>
        <translation>Consultez votre médecin traitant ou un kinésithérapeute avant de commencer ces exercices, et dites-lui ce que vous avez coché. Revenez quand on vous aura dit que vous pouvez faire de l’exercice.</translation>
    </message>
</context>
<context>
    <name>ScreeningDialog</name>
    <message>
        <source>Before you start</source>
        <translation>Avant de commencer</translation>
    </message>
    <message>
        <source>These exercises are for mild low back pain. Before you start, do any of these apply to you? Tick every one that does.</source>
        <translation>Ces exercices s’adressent aux douleurs légères du bas du dos. Avant de commencer, l’un de ces points vous concerne-t-il ? Cochez tous ceux qui s’appliquent.</translation>
    </message>
    <message>
        <source>Tick it if this applies to you</source>
        <translation>Cochez si cela vous concerne</translation>
    </message>
    <message>
        <source>A doctor or physiotherapist has told me I may do these exercises</source>
        <translation>Un médecin ou un kinésithérapeute m’a autorisé ces exercices</translation>
    </message>
    <message>
        <source>Tick it once they have said yes</source>
        <translation>Cochez une fois qu’on vous a donné l’accord</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <source>Close without starting; Esc does the same</source>
        <translation>Fermer sans commencer ; Échap fait de même</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>None of these apply to me: continue</source>
        <translation>Rien de tout cela ne me concerne : continuer</translation>
    </message>
    <message>
        <source>Go on to the session; Enter does the same</source>
        <translation>Passer à la séance ; Entrée fait de même</translation>
    </message>
    <message>
        <source>Close without starting; Enter does the same</source>
        <translation>Fermer sans commencer ; Entrée fait de même</translation>
    </message>
</context>
<context>
    <name>SessionScreen</name>
    <message>
        <source>Paused - press Space to continue</source>
        <translation>En pause – appuyez sur Espace pour reprendre</translation>
    </message>
    <message>
        <source>Session done</source>
        <translation>Séance effectuée</translation>
    </message>
    <message>
        <source>How much of today&apos;s session is behind you</source>
        <translation>La part de la séance du jour déjà faite</translation>
    </message>
    <message>
        <source>The version of the exercise</source>
        <translation>La version de l’exercice</translation>
    </message>
    <message>
        <source>It hurts</source>
        <translation>Ça fait mal</translation>
    </message>
    <message>
        <source>Stop the session now because it hurts</source>
        <translation>Arrêter la séance tout de suite parce que cela fait mal</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Gauche</translation>
    </message>
    <message>
        <source>Restart this exercise, or go to the previous one</source>
        <translation>Recommencer cet exercice, ou revenir au précédent</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espace</translation>
    </message>
    <message>
        <source>Pause the session</source>
        <translation>Mettre la séance en pause</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Passer</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Droite</translation>
    </message>
    <message>
        <source>Skip to the next exercise</source>
        <translation>Passer à l’exercice suivant</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Recommencer</translation>
    </message>
    <message>
        <source>Restart this exercise</source>
        <translation>Recommencer cet exercice</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <source>Change to the next version of this exercise</source>
        <translation>Passer à la version suivante de cet exercice</translation>
    </message>
    <message>
        <source>Sound on</source>
        <translation>Son activé</translation>
    </message>
    <message>
        <source>Sound cues and voice are on; press to turn them off</source>
        <translation>Signaux sonores et voix activés ; appuyez pour les couper</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Plein écran</translation>
    </message>
    <message>
        <source>Fill the screen</source>
        <translation>Remplir l’écran</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Terminer</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Échap</translation>
    </message>
    <message>
        <source>End the session; what is done so far is kept</source>
        <translation>Terminer la séance ; ce qui est fait est conservé</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Continue the session</source>
        <translation>Reprendre la séance</translation>
    </message>
    <message>
        <source>Continuing</source>
        <translation>On reprend</translation>
    </message>
    <message>
        <source>{variant}: {description}</source>
        <translation>{variant} : {description}</translation>
    </message>
    <message>
        <source>Sound off</source>
        <translation>Son coupé</translation>
    </message>
    <message>
        <source>Sound cues and voice are off; press to turn them on</source>
        <translation>Signaux sonores et voix coupés ; appuyez pour les activer</translation>
    </message>
    <message>
        <source>Leave full screen</source>
        <translation>Quitter le plein écran</translation>
    </message>
    <message>
        <source>Go back to a window</source>
        <translation>Revenir à une fenêtre</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Same as the desktop</source>
        <translation>Comme le bureau</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>1.00× is the routine&apos;s pace; above 1 breathes slower, below 1 faster.</source>
        <translation>1,00× : le rythme du programme ; au-dessus de 1, respiration plus lente, en dessous, plus rapide.</translation>
    </message>
    <message>
        <source>Ask how my back is before and after a session</source>
        <translation>Me demander comment va mon dos avant et après une séance</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>A 0 to 10 question, kept in your history; off, sessions start at once</source>
        <translation>Une question de 0 à 10, gardée dans votre historique ; désactivée, les séances commencent tout de suite</translation>
    </message>
    <message>
        <source>&amp;Sound cues</source>
        <translation>&amp;Signaux sonores</translation>
    </message>
    <message>
        <source>A tone for each breath, rep, side and exercise</source>
        <translation>Un son pour chaque respiration, répétition, côté et exercice</translation>
    </message>
    <message>
        <source>Still &amp;pictures instead of moving figures</source>
        <translation>Images &amp;fixes au lieu de figures animées</translation>
    </message>
    <message>
        <source>Show a still picture of each step</source>
        <translation>Montrer une image fixe de chaque étape</translation>
    </message>
    <message>
        <source>Start in &amp;full screen</source>
        <translation>Démarrer en &amp;plein écran</translation>
    </message>
    <message>
        <source>Fill the screen when backpain-gui opens</source>
        <translation>Remplir l’écran à l’ouverture de backpain-gui</translation>
    </message>
    <message>
        <source>Re&amp;mind me each day at</source>
        <translation>Me &amp;rappeler chaque jour à</translation>
    </message>
    <message>
        <source>A notification each day you have not done a session yet</source>
        <translation>Une notification chaque jour où vous n’avez pas encore fait de séance</translation>
    </message>
    <message>
        <source>Reminder time</source>
        <translation>Heure du rappel</translation>
    </message>
    <message>
        <source>When the daily reminder comes, hours:minutes</source>
        <translation>L’heure du rappel quotidien, heures:minutes</translation>
    </message>
    <message>
        <source>Start at &amp;login, quietly in the tray</source>
        <translation>Lancer à l’ouverture de sessio&amp;n, discrètement</translation>
    </message>
    <message>
        <source>So that the daily reminder can come</source>
        <translation>Pour que le rappel quotidien puisse arriver</translation>
    </message>
    <message>
        <source>Breathing p&amp;ace</source>
        <translation>R&amp;ythme respiratoire</translation>
    </message>
    <message>
        <source>&amp;Get ready</source>
        <translation>&amp;Mise en place</translation>
    </message>
    <message>
        <source>Seconds to get into position before an exercise</source>
        <translation>Secondes pour se mettre en position avant un exercice</translation>
    </message>
    <message>
        <source>S&amp;witch sides</source>
        <translation>Changer de cô&amp;té</translation>
    </message>
    <message>
        <source>Seconds to change sides</source>
        <translation>Secondes pour changer de côté</translation>
    </message>
    <message>
        <source>&amp;Rest between exercises</source>
        <translation>R&amp;epos entre exercices</translation>
    </message>
    <message>
        <source>Seconds of rest after each exercise</source>
        <translation>Secondes de repos après chaque exercice</translation>
    </message>
    <message>
        <source>Cue &amp;volume</source>
        <translation>&amp;Volume des signaux</translation>
    </message>
    <message>
        <source>How loud the tones are</source>
        <translation>Le volume des sons</translation>
    </message>
    <message>
        <source>Colo&amp;urs</source>
        <translation>Co&amp;uleurs</translation>
    </message>
    <message>
        <source>Light, dark or the desktop&apos;s colours</source>
        <translation>Clair, sombre ou les couleurs du bureau</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>Exercises: tick those to do, in the order to do them</source>
        <translation>Exercices : cochez ceux à faire, dans l’ordre</translation>
    </message>
    <message>
        <source>Sound and display</source>
        <translation>Son et affichage</translation>
    </message>
    <message>
        <source>Only on days without a session yet; Snooze asks again 30 min later.</source>
        <translation>Seulement les jours sans séance ; « Plus tard » redemande 30 min après.</translation>
    </message>
    <message>
        <source>Daily reminder</source>
        <translation>Rappel quotidien</translation>
    </message>
    <message>
        <source>This session: about {time}</source>
        <translation>Cette séance : environ {time}</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Lancer à l’ouverture de la session</translation>
    </message>
    <message>
        <source>Cannot change {file}: {reason}</source>
        <translation>Impossible de modifier {file} : {reason}</translation>
    </message>
</context>
<context>
    <name>SoundCheck</name>
    <message>
        <source>Quiet</source>
        <translation>Doux</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Loud</source>
        <translation>Fort</translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation>Inspirez</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Expirez</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Tenez</translation>
    </message>
    <message>
        <source>Next rep</source>
        <translation>Répétition suivante</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>Changez de côté</translation>
    </message>
    <message>
        <source>Get ready: 3, 2, 1</source>
        <translation>Préparez-vous : 3, 2, 1</translation>
    </message>
    <message>
        <source>Next exercise</source>
        <translation>Exercice suivant</translation>
    </message>
    <message>
        <source>Session finished</source>
        <translation>Séance terminée</translation>
    </message>
    <message>
        <source>Sound check</source>
        <translation>Test du son</translation>
    </message>
    <message>
        <source>Stop sound check</source>
        <translation>Arrêter le test du son</translation>
    </message>
    <message>
        <source>That was every cue. Choose a volume you can hear from your mat.</source>
        <translation>C’était tous les signaux. Choisissez un volume que vous entendez depuis votre tapis.</translation>
    </message>
    <message>
        <source>Play every sound cue with its name</source>
        <translation>Jouer chaque signal sonore avec son nom</translation>
    </message>
    <message>
        <source>Cue volume</source>
        <translation>Volume des signaux</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Playing: {cue}  ({number} of {count})</source>
        <translation>En cours : {cue}  ({number} sur {count})</translation>
    </message>
</context>
<context>
    <name>SpokenWords</name>
    <message>
        <source>in</source>
        <comment>breath</comment>
        <translation>inspirez</translation>
    </message>
    <message>
        <source>out</source>
        <comment>breath</comment>
        <translation>expirez</translation>
    </message>
    <message>
        <source>hold</source>
        <comment>breath</comment>
        <translation>tenez</translation>
    </message>
    <message>
        <source>Session complete.</source>
        <translation>Séance terminée.</translation>
    </message>
    <message>
        <source>Switch sides.</source>
        <translation>Changez de côté.</translation>
    </message>
    <message>
        <source>Rest.</source>
        <translation>Repos.</translation>
    </message>
    <message>
        <source>Next: {exercise}</source>
        <translation>Ensuite : {exercise}</translation>
    </message>
    <message>
        <source>Have {equipment} ready.</source>
        <translation>Préparez {equipment}.</translation>
    </message>
    <message>
        <source>standard</source>
        <translation>standard</translation>
    </message>
    <message>
        <source>modification</source>
        <translation>facilitée</translation>
    </message>
    <message>
        <source>supported</source>
        <translation>avec appui</translation>
    </message>
    <message>
        <source>progression</source>
        <translation>progression</translation>
    </message>
</context>
<context>
    <name>SummaryScreen</name>
    <message>
        <source>Exercise</source>
        <translation>Exercice</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <source>Reps</source>
        <translation>Répétitions</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Exercises done in this session</source>
        <translation>Exercices faits pendant cette séance</translation>
    </message>
    <message>
        <source>Back to the plan</source>
        <translation>Retour au programme</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Show today&apos;s plan again; from there Enter starts another session</source>
        <translation>Revenir au programme du jour ; de là, Entrée lance une autre séance</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>Close backpain-gui; this session is already saved</source>
        <translation>Fermer backpain-gui ; cette séance est déjà enregistrée</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Start session</source>
        <translation>Commencer la séance</translation>
    </message>
    <message>
        <source>Snooze today&apos;s reminder 30 min</source>
        <translation>Reporter le rappel du jour de 30 min</translation>
    </message>
    <message>
        <source>Settings...</source>
        <translation>Réglages…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
</context>
<context>
    <name>Views</name>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Partly done</source>
        <translation>En partie fait</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Passé</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Préparez-vous</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>Changez de côté</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Repos</translation>
    </message>
    <message>
        <source>About {time} in all</source>
        <translation>Environ {time} au total</translation>
    </message>
    <message>
        <source>{equipment}, for {exercise}</source>
        <translation>{equipment}, pour {exercise}</translation>
    </message>
    <message>
        <source>Have ready: {needs}.</source>
        <translation>À prévoir : {needs}.</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Step {step} of {steps}</source>
        <translation>Étape {step} sur {steps}</translation>
    </message>
    <message>
        <source>Tip: {tip}</source>
        <translation>Conseil : {tip}</translation>
    </message>
    <message>
        <source>Change to your other side.</source>
        <translation>Passez de l’autre côté.</translation>
    </message>
    <message>
        <source>Rest - next: {exercise}</source>
        <translation>Repos – ensuite : {exercise}</translation>
    </message>
    <message>
        <source>Rest - next: {exercise} ({variant})</source>
        <translation>Repos – ensuite : {exercise} ({variant})</translation>
    </message>
    <message>
        <source>You need {equipment} for this one: have it ready now.</source>
        <translation>Il vous faut {equipment} pour celui-ci : préparez-le maintenant.</translation>
    </message>
    <message>
        <source>{variant}: {description}</source>
        <translation>{variant} : {description}</translation>
    </message>
    <message>
        <source>Aim: {aim}</source>
        <translation>Objectif : {aim}</translation>
    </message>
    <message>
        <source>Get back into position</source>
        <translation>Reprenez la position</translation>
    </message>
    <message>
        <source>Exercise {exercise} of {exercises}  -  {time} left</source>
        <translation>Exercice {exercise} sur {exercises}  –  reste {time}</translation>
    </message>
    <message>
        <source>{variant}, then {next} from the next rep</source>
        <translation>{variant}, puis {next} à partir de la prochaine répétition</translation>
    </message>
    <message>
        <source>Rep {rep} of {reps}</source>
        <translation>Répétition {rep} sur {reps}</translation>
    </message>
    <message>
        <source>{done} of {reps} each side</source>
        <translation>{done} sur {reps} par côté</translation>
    </message>
    <message>
        <source>{done} of {reps}</source>
        <translation>{done} sur {reps}</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <source>Rests and repeats</source>
        <translation>Repos et reprises</translation>
    </message>
    <message>
        <source>Session ended early</source>
        <translation>Séance arrêtée avant la fin</translation>
    </message>
    <message>
        <source>Well done - session complete</source>
        <translation>Bravo – séance terminée</translation>
    </message>
    <message>
        <source>Session over - every exercise was skipped</source>
        <translation>Séance terminée – tous les exercices ont été passés</translation>
    </message>
    <message>
        <source>{heading} (continued after a stop)</source>
        <translation>{heading} (reprise après un arrêt)</translation>
    </message>
    <message>
        <source>Total time {time}</source>
        <translation>Durée totale {time}</translation>
    </message>
</context>
<context>
    <name>Voice</name>
    <message>
        <source>On Debian or Ubuntu, install a voice with: sudo apt-get install {packages}</source>
        <translation>Sous Debian ou Ubuntu, installez une voix avec : sudo apt-get install {packages}</translation>
    </message>
    <message>
        <source>Add a voice in Settings &gt; Time &amp; language &gt; Speech.</source>
        <translation>Ajoutez une voix dans Paramètres &gt; Heure et langue &gt; Voix.</translation>
    </message>
    <message>
        <source>Add a voice in System Settings &gt; Accessibility &gt; Spoken Content.</source>
        <translation>Ajoutez une voix dans Réglages Système &gt; Accessibilité &gt; Contenu énoncé.</translation>
    </message>
    <message>
        <source>Install a text-to-speech voice for your system.</source>
        <translation>Installez une voix de synthèse vocale pour votre système.</translation>
    </message>
    <message>
        <source>No voice was found, so the session is guided by tones only.</source>
        <translation>Aucune voix trouvée : seuls les sons guident la séance.</translation>
    </message>
    <message>
        <source>No voice ({why}), so the session is guided by tones only.</source>
        <translation>Pas de voix ({why}) : seuls les sons guident la séance.</translation>
    </message>
    <message>
        <source>No voice speaks {language} here, so the session is guided by tones only.</source>
        <translation>Aucune voix ne parle {language} ici : seuls les sons guident la séance.</translation>
    </message>
    <message>
        <source>The voice stopped working ({why}), so the session is guided by tones only.</source>
        <translation>La voix ne fonctionne plus ({why}) : seuls les sons guident la séance.</translation>
    </message>
    <message>
        <source>speech-dispatcher does not answer; is a sound server running?</source>
        <translation>speech-dispatcher ne répond pas ; un serveur de son tourne-t-il ?</translation>
    </message>
    <message>
        <source>This is your voice guide. Breathe in to prepare. Three. In.</source>
        <translation>Voici votre guide vocal. Inspirez pour vous préparer. Trois. Inspirez.</translation>
    </message>
    <message>
        <source>the engine did not start</source>
        <translation>le moteur n’a pas démarré</translation>
    </message>
</context>
<context>
    <name>VoiceSettingsPanel</name>
    <message>
        <source>System voice</source>
        <translation>Voix du système</translation>
    </message>
    <message>
        <source>Looking for voices...</source>
        <translation>Recherche des voix…</translation>
    </message>
    <message>
        <source>Every rep</source>
        <translation>Chaque répétition</translation>
    </message>
    <message>
        <source>Every 2nd rep</source>
        <translation>Une répétition sur 2</translation>
    </message>
    <message>
        <source>Every 5th rep</source>
        <translation>Une répétition sur 5</translation>
    </message>
    <message>
        <source>Voice guidance</source>
        <translation>Guidage vocal</translation>
    </message>
    <message>
        <source>Speak the session&apos;s guidance</source>
        <translation>Énoncer les consignes de la séance</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Voix</translation>
    </message>
    <message>
        <source>The voice that speaks the guidance</source>
        <translation>La voix qui énonce les consignes</translation>
    </message>
    <message>
        <source>Test voice</source>
        <translation>Tester la voix</translation>
    </message>
    <message>
        <source>Say a sample of the guidance</source>
        <translation>Dire un extrait des consignes</translation>
    </message>
    <message>
        <source>How to get a voice...</source>
        <translation>Comment obtenir une voix…</translation>
    </message>
    <message>
        <source>How to get a voice</source>
        <translation>Comment obtenir une voix</translation>
    </message>
    <message>
        <source>Show the command that installs a voice</source>
        <translation>Afficher la commande qui installe une voix</translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>Vitesse</translation>
    </message>
    <message>
        <source>How fast the voice speaks</source>
        <translation>La vitesse de la voix</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>How loud the voice speaks</source>
        <translation>Le volume de la voix</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Compter</translation>
    </message>
    <message>
        <source>How often the rep number is said</source>
        <translation>La fréquence à laquelle le numéro de répétition est annoncé</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>On your left side</source>
        <translation>Sur le côté gauche</translation>
    </message>
    <message>
        <source>On your right side</source>
        <translation>Sur le côté droit</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Modification</source>
        <translation>Facilitée</translation>
    </message>
    <message>
        <source>Supported</source>
        <translation>Avec appui</translation>
    </message>
    <message>
        <source>Progression</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
</context>
<context>
    <name>_ExerciseRow</name>
    <message>
        <source>Do {exercise} in the session</source>
        <translation>Faire {exercise} pendant la séance</translation>
    </message>
    <message>
        <source>Reps of {exercise}</source>
        <translation>Répétitions de {exercise}</translation>
    </message>
    <message>
        <source>How many times to do {exercise}</source>
        <translation>Combien de fois faire {exercise}</translation>
    </message>
    <message>
        <source>Variant of {exercise}</source>
        <translation>Variante de {exercise}</translation>
    </message>
    <message>
        <source>The version of {exercise} to do</source>
        <translation>La version de {exercise} à faire</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move {exercise} up</source>
        <translation>Monter {exercise}</translation>
    </message>
    <message>
        <source>Do {exercise} one place earlier</source>
        <translation>Faire {exercise} une place plus tôt</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Move {exercise} down</source>
        <translation>Descendre {exercise}</translation>
    </message>
    <message>
        <source>Do {exercise} one place later</source>
        <translation>Faire {exercise} une place plus tard</translation>
    </message>
    <message numerus="yes">
        <source> rep(s) each side</source>
        <translation>
            <numerusform> répétition par côté</numerusform>
            <numerusform> répétitions par côté</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> rep(s)</source>
        <translation>
            <numerusform> répétition</numerusform>
            <numerusform> répétitions</numerusform>
        </translation>
    </message>
</context>
</TS>
