<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
    <context>
        <name>About</name>
        <message>
            <source>Tab / Shift+Tab</source>
            <translation>Tab / Umschalt+Tab</translation>
        </message>
        <message>
            <source>Move between the filter, the list, the details and their buttons</source>
            <translation>Zwischen Filter, Liste, Details und deren Schaltflächen wechseln</translation>
        </message>
        <message>
            <source>Up / Down, Page Up / Page Down</source>
            <translation>Auf / Ab, Bild auf / Bild ab</translation>
        </message>
        <message>
            <source>Move through the list one title or one page at a time</source>
            <translation>Durch die Liste gehen, titel- oder seitenweise</translation>
        </message>
        <message>
            <source>Home / End</source>
            <translation>Pos1 / Ende</translation>
        </message>
        <message>
            <source>First or last title in the list</source>
            <translation>Erster oder letzter Titel der Liste</translation>
        </message>
        <message>
            <source>Menu key / Shift+F10</source>
            <translation>Menütaste / Umschalt+F10</translation>
        </message>
        <message>
            <source>The selected title's actions</source>
            <translation>Aktionen des gewählten Titels</translation>
        </message>
        <message>
            <source>Alt + underlined letter</source>
            <translation>Alt + unterstrichener Buchstabe</translation>
        </message>
        <message>
            <source>Open a menu or press a button</source>
            <translation>Ein Menü öffnen oder eine Schaltfläche drücken</translation>
        </message>
        <message>
            <source>Escape</source>
            <translation>Esc</translation>
        </message>
        <message>
            <source>Close a dialog without saving</source>
            <translation>Einen Dialog ohne Speichern schließen</translation>
        </message>
        <message>
            <source>see the package</source>
            <translation>siehe Paket</translation>
        </message>
        <message>
            <source>About Cliffhanger</source>
            <translation>Über Cliffhanger</translation>
        </message>
        <message>
            <source>A watchlist of the series and films you are waiting for, with reminders.</source>
            <translation>Eine Merkliste der Serien und Filme, auf die Sie warten – mit Erinnerungen.</translation>
        </message>
        <message>
            <source>Data folder: %1</source>
            <translation>Datenordner: %1</translation>
        </message>
        <message>
            <source>Python %1 · Qt %2 (PySide6) · %3</source>
            <translation>Python %1 · Qt %2 (PySide6) · %3</translation>
        </message>
        <message>
            <source>Library</source>
            <translation>Bibliothek</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>Licence</source>
            <translation>Lizenz</translation>
        </message>
        <message>
            <source>Libraries</source>
            <translation>Bibliotheken</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Tastenkürzel</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Tasten</translation>
        </message>
        <message>
            <source>Does</source>
            <translation>Wirkung</translation>
        </message>
        <message>
            <source>Subscribe in your calendar</source>
            <translation>Im Kalender abonnieren</translation>
        </message>
        <message>
            <source>Cliffhanger keeps a calendar file of every release date, window and reminder, rewritten a few seconds after each change. Subscribe to it from your calendar app (as a local or file calendar) and it stays current.</source>
            <translation>Cliffhanger führt eine Kalenderdatei mit jedem Starttermin, jedem Zeitfenster und jeder Erinnerung und schreibt sie wenige Sekunden nach jeder Änderung neu. Abonnieren Sie sie in Ihrer Kalender-App (als lokalen oder Datei-Kalender), dann bleibt sie aktuell.</translation>
        </message>
        <message>
            <source>Calendar file</source>
            <translation>Kalenderdatei</translation>
        </message>
        <message>
            <source>The file is written once the watchlist has titles.</source>
            <translation>Die Datei wird geschrieben, sobald die Merkliste Titel enthält.</translation>
        </message>
        <message>
            <source>&amp;Copy path</source>
            <translation>Pfad &amp;kopieren</translation>
        </message>
        <message>
            <source>&amp;Open folder</source>
            <translation>Ordner ö&amp;ffnen</translation>
        </message>
    </context>
    <context>
        <name>ActionRow</name>
        <message>
            <source>More ▾</source>
            <translation>Mehr ▾</translation>
        </message>
        <message>
            <source>More actions</source>
            <translation>Weitere Aktionen</translation>
        </message>
    </context>
    <context>
        <name>Alerts</name>
        <message>
            <source>season %1 announced</source>
            <translation>Staffel %1 angekündigt</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>Cliffhanger keeps running in the tray. Choose Quit from its menu to exit.</source>
            <translation>Cliffhanger läuft im Infobereich weiter. Wählen Sie dort im Menü „Beenden“, um es zu schließen.</translation>
        </message>
        <message>
            <source>The settings were not saved (%1).</source>
            <translation>Die Einstellungen wurden nicht gespeichert (%1).</translation>
        </message>
    </context>
    <context>
        <name>AppearancePage</name>
        <message>
            <source>Follow the desktop</source>
            <translation>Wie der Desktop</translation>
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
            <source>The desktop's language</source>
            <translation>Sprache des Desktops</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Farbschema</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Sprache</translation>
        </message>
        <message>
            <source>&amp;Theme:</source>
            <translation>&amp;Farbschema:</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Sprache:</translation>
        </message>
        <message>
            <source>“Follow the desktop” uses the colour scheme your desktop asks for, and follows it.</source>
            <translation>„Wie der Desktop“ verwendet das Farbschema, das Ihr Desktop vorgibt, und folgt seinen Änderungen.</translation>
        </message>
        <message>
            <source>The new language is used the next time Cliffhanger starts.</source>
            <translation>Die neue Sprache gilt ab dem nächsten Start von Cliffhanger.</translation>
        </message>
    </context>
    <context>
        <name>Automatic</name>
        <message>
            <source>official date %1</source>
            <translation>offizieller Termin %1</translation>
        </message>
        <message>
            <source>%1 has passed with no date; latest claim: %2</source>
            <translation>%1 ist ohne Termin verstrichen; letzte Angabe: %2</translation>
        </message>
        <message>
            <source>best estimate %1 ends %2</source>
            <translation>beste Schätzung %1 endet am %2</translation>
        </message>
    </context>
    <context>
        <name>CalendarControl</name>
        <message>
            <source>Calendar: syncing…</source>
            <translation>Kalender: Abgleich läuft…</translation>
        </message>
        <message numerus="yes">
            <source>%n waiting</source>
            <translation>
                <numerusform>%n wartet</numerusform>
                <numerusform>%n warten</numerusform>
            </translation>
        </message>
        <message>
            <source>Calendar: %1 — %2</source>
            <translation>Kalender: %1 — %2</translation>
        </message>
        <message>
            <source>not synced</source>
            <translation>nicht abgeglichen</translation>
        </message>
        <message>
            <source>Calendar: synced %1</source>
            <translation>Kalender: abgeglichen %1</translation>
        </message>
    </context>
    <context>
        <name>CatalogueAdd</name>
        <message>
            <source>Find it in a catalogue</source>
            <translation>In einem Katalog finden</translation>
        </message>
        <message>
            <source>Add from catalogue</source>
            <translation>Aus dem Katalog hinzufügen</translation>
        </message>
        <message>
            <source>Add from %1</source>
            <translation>Aus %1 hinzufügen</translation>
        </message>
        <message>
            <source>Adding “%1” from %2…</source>
            <translation>„%1“ wird aus %2 hinzugefügt…</translation>
        </message>
        <message>
            <source>Link to catalogue</source>
            <translation>Mit Katalog verknüpfen</translation>
        </message>
        <message>
            <source>Link “%1” to a catalogue</source>
            <translation>„%1“ mit einem Katalog verknüpfen</translation>
        </message>
        <message>
            <source>Its status, dates and cast will then follow the catalogue; what you entered is kept.</source>
            <translation>Status, Termine und Besetzung folgen dann dem Katalog; was Sie eingetragen haben, bleibt erhalten.</translation>
        </message>
        <message>
            <source>Link</source>
            <translation>Verknüpfen</translation>
        </message>
        <message>
            <source>Linking to %1…</source>
            <translation>Wird mit %1 verknüpft…</translation>
        </message>
    </context>
    <context>
        <name>CatalogueSearch</name>
        <message>
            <source>%1 and %2</source>
            <translation>%1 und %2</translation>
        </message>
        <message>
            <source>Search %1 by name…</source>
            <translation>%1 nach Namen durchsuchen…</translation>
        </message>
        <message>
            <source>Searching…</source>
            <translation>Suche läuft…</translation>
        </message>
        <message>
            <source>Nothing found for “%1”. Check the spelling, or fill in the form.</source>
            <translation>Nichts gefunden für „%1“. Prüfen Sie die Schreibweise oder füllen Sie das Formular aus.</translation>
        </message>
    </context>
    <context>
        <name>CatalogueSection</name>
        <message>
            <source>Follows %1</source>
            <translation>Folgt %1</translation>
        </message>
        <message>
            <source>%1 says “%2”</source>
            <translation>%1 meldet „%2“</translation>
        </message>
        <message>
            <source>Fetched %1</source>
            <translation>Abgerufen %1</translation>
        </message>
        <message>
            <source>Link to catalogue…</source>
            <translation>Mit Katalog verknüpfen…</translation>
        </message>
        <message>
            <source>Added by hand. Link it to a catalogue to follow its status and dates.</source>
            <translation>Von Hand hinzugefügt. Verknüpfen Sie den Titel mit einem Katalog, um Status und Termine zu verfolgen.</translation>
        </message>
    </context>
    <context>
        <name>CatalogueService</name>
        <message>
            <source>%1 can't be reached — offline?</source>
            <translation>%1 ist nicht erreichbar — offline?</translation>
        </message>
        <message>
            <source>%1 asks us to slow down — try again in a minute</source>
            <translation>%1 bittet um Geduld — versuchen Sie es in einer Minute erneut</translation>
        </message>
        <message>
            <source>%1 refused the key — check it in Settings</source>
            <translation>%1 hat den Schlüssel abgelehnt — prüfen Sie ihn in den Einstellungen</translation>
        </message>
        <message>
            <source>%1 failed unexpectedly (%2)</source>
            <translation>%1 ist unerwartet fehlgeschlagen (%2)</translation>
        </message>
        <message>
            <source>The watchlist is still opening; try again in a moment</source>
            <translation>Die Merkliste wird noch geöffnet; versuchen Sie es gleich noch einmal</translation>
        </message>
        <message>
            <source>Key works</source>
            <translation>Schlüssel funktioniert</translation>
        </message>
    </context>
    <context>
        <name>CatalogueUi</name>
        <message>
            <source>&amp;Link to catalogue…</source>
            <translation>Mit Katalog &amp;verknüpfen…</translation>
        </message>
        <message>
            <source>Catalogue</source>
            <translation>Katalog</translation>
        </message>
        <message>
            <source>Refresh now</source>
            <translation>Jetzt aktualisieren</translation>
        </message>
        <message>
            <source>&amp;Export</source>
            <translation>E&amp;xportieren</translation>
        </message>
        <message>
            <source>Added “%1” with its seasons and cast</source>
            <translation>„%1“ mit Staffeln und Besetzung hinzugefügt</translation>
        </message>
        <message>
            <source>“%1” now follows the catalogue</source>
            <translation>„%1“ folgt jetzt dem Katalog</translation>
        </message>
    </context>
    <context>
        <name>CheckedDialog</name>
        <message>
            <source>Save</source>
            <translation>Speichern</translation>
        </message>
    </context>
    <context>
        <name>Checks</name>
        <message>
            <source>A title is required</source>
            <translation>Ein Titel ist erforderlich</translation>
        </message>
        <message>
            <source>Enter a year between %1 and %2</source>
            <translation>Ein Jahr von %1 bis %2 eingeben</translation>
        </message>
        <message>
            <source>A status can't take effect in the future; record it when it happens</source>
            <translation>Ein Status kann nicht in der Zukunft gelten; tragen Sie ihn ein, wenn es so weit ist</translation>
        </message>
        <message>
            <source>Pick a date after %1</source>
            <translation>Wählen Sie ein Datum nach %1</translation>
        </message>
        <message>
            <source>Line %1: %2</source>
            <translation>Zeile %1: %2</translation>
        </message>
    </context>
    <context>
        <name>ClaimMenu</name>
        <message>
            <source>Mark doubtful…</source>
            <translation>Als zweifelhaft markieren…</translation>
        </message>
        <message>
            <source>Mark debunked…</source>
            <translation>Als widerlegt markieren…</translation>
        </message>
        <message>
            <source>Mark doubtful</source>
            <translation>Als zweifelhaft markieren</translation>
        </message>
        <message>
            <source>Mark debunked</source>
            <translation>Als widerlegt markieren</translation>
        </message>
        <message>
            <source>Why is “%1” doubtful? (optional)</source>
            <translation>Warum ist „%1“ zweifelhaft? (optional)</translation>
        </message>
        <message>
            <source>Why is “%1” debunked? (optional)</source>
            <translation>Warum ist „%1“ widerlegt? (optional)</translation>
        </message>
        <message>
            <source>Clear doubt</source>
            <translation>Zweifel aufheben</translation>
        </message>
    </context>
    <context>
        <name>Controller</name>
        <message>
            <source>The watchlist could not be opened (%1).</source>
            <translation>Die Merkliste konnte nicht geöffnet werden (%1).</translation>
        </message>
        <message>
            <source>The watchlist is still opening; try again in a moment</source>
            <translation>Die Merkliste wird noch geöffnet; versuchen Sie es gleich noch einmal</translation>
        </message>
    </context>
    <context>
        <name>CorrectEntries</name>
        <message>
            <source>Status: %1 since %2%3 (%4)</source>
            <translation>Status: %1 seit %2%3 (%4)</translation>
        </message>
        <message>
            <source>Expected: %1, %2%3</source>
            <translation>Erwartet: %1, %2%3</translation>
        </message>
        <message>
            <source>Cast: %1</source>
            <translation>Besetzung: %1</translation>
        </message>
        <message>
            <source>Cast: %1 as %2</source>
            <translation>Besetzung: %1 als %2</translation>
        </message>
        <message>
            <source>Correct entries — %1</source>
            <translation>Einträge korrigieren — %1</translation>
        </message>
        <message>
            <source>Correct entries — %1, season %2</source>
            <translation>Einträge korrigieren — %1, Staffel %2</translation>
        </message>
        <message>
            <source>Remove ticked</source>
            <translation>Angehakte entfernen</translation>
        </message>
        <message>
            <source>Tick what was recorded by mistake. Removing cannot be undone.</source>
            <translation>Haken Sie an, was versehentlich eingetragen wurde. Entfernen lässt sich nicht rückgängig machen.</translation>
        </message>
    </context>
    <context>
        <name>DateField</name>
        <message>
            <source>today</source>
            <translation>heute</translation>
        </message>
        <message>
            <source>yesterday</source>
            <translation>gestern</translation>
        </message>
        <message>
            <source>can't read %1 as a day; write it like %2 or %3</source>
            <translation>%1 ist als Tag nicht lesbar; schreiben Sie ihn z. B. als %2 oder %3</translation>
        </message>
        <message>
            <source>2026-02-19, 19 Feb 2026, yesterday</source>
            <translation>2026-02-19, 19. Feb. 2026, gestern</translation>
        </message>
    </context>
    <context>
        <name>Dates</name>
        <message>
            <source>d MMMM yyyy</source>
            <translation>d. MMMM yyyy</translation>
        </message>
        <message>
            <source>d MMM yyyy</source>
            <translation>d. MMM yyyy</translation>
        </message>
        <message>
            <source>d MMM</source>
            <translation>d. MMM</translation>
        </message>
        <message>
            <source>ddd d MMM yyyy</source>
            <translation>ddd, d. MMM yyyy</translation>
        </message>
        <message>
            <source>MMMM yyyy</source>
            <translation>MMMM yyyy</translation>
        </message>
        <message>
            <source>%1, %2</source>
            <translation>%1, %2</translation>
        </message>
        <message>
            <source>today</source>
            <translation>heute</translation>
        </message>
        <message>
            <source>tomorrow</source>
            <translation>morgen</translation>
        </message>
        <message>
            <source>yesterday</source>
            <translation>gestern</translation>
        </message>
        <message numerus="yes">
            <source>in %n day(s)</source>
            <translation>
                <numerusform>in %n Tag</numerusform>
                <numerusform>in %n Tagen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) ago</source>
            <translation>
                <numerusform>vor %n Tag</numerusform>
                <numerusform>vor %n Tagen</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Delegates</name>
        <message>
            <source>Unknown</source>
            <translation>Unbekannt</translation>
        </message>
        <message>
            <source>overdue · %1</source>
            <translation>überfällig · %1</translation>
        </message>
    </context>
    <context>
        <name>Delivery</name>
        <message numerus="yes">
            <source>and %n more in Cliffhanger</source>
            <translation>
                <numerusform>und %n weitere in Cliffhanger</numerusform>
                <numerusform>und %n weitere in Cliffhanger</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>While you were away: %n reminder(s)</source>
            <translation>
                <numerusform>Während Ihrer Abwesenheit: %n Erinnerung</numerusform>
                <numerusform>Während Ihrer Abwesenheit: %n Erinnerungen</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DetailPane</name>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Unbekannt</translation>
        </message>
        <message>
            <source>Details of the selected title</source>
            <translation>Details des gewählten Titels</translation>
        </message>
        <message>
            <source>Expected</source>
            <translation>Erwartet</translation>
        </message>
        <message>
            <source>Cast</source>
            <translation>Besetzung</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notizen</translation>
        </message>
        <message>
            <source>Season shown</source>
            <translation>Gezeigte Staffel</translation>
        </message>
        <message>
            <source>Nothing selected</source>
            <translation>Nichts ausgewählt</translation>
        </message>
        <message>
            <source>Pick a title in the list to see where it stands.</source>
            <translation>Wählen Sie einen Titel in der Liste, um zu sehen, wie es um ihn steht.</translation>
        </message>
    </context>
    <context>
        <name>DetailSections</name>
        <message>
            <source>No release date or window known yet</source>
            <translation>Noch kein Starttermin und kein Zeitfenster bekannt</translation>
        </message>
        <message>
            <source>★ best estimate</source>
            <translation>★ beste Schätzung</translation>
        </message>
        <message>
            <source>no source</source>
            <translation>ohne Quelle</translation>
        </message>
        <message>
            <source>%1 · noted %2</source>
            <translation>%1 · notiert am %2</translation>
        </message>
        <message>
            <source>No cast recorded</source>
            <translation>Keine Besetzung erfasst</translation>
        </message>
        <message>
            <source>No notes</source>
            <translation>Keine Notizen</translation>
        </message>
    </context>
    <context>
        <name>EmptyState</name>
        <message>
            <source>Your watchlist is empty</source>
            <translation>Ihre Merkliste ist leer</translation>
        </message>
        <message>
            <source>Add a show or a film you are waiting for. Cliffhanger keeps track of where it stands and when it is expected, and reminds you when it comes out.</source>
            <translation>Fügen Sie Serien und Filme hinzu, auf die Sie warten. Cliffhanger verfolgt, wie es um sie steht und wann sie erwartet werden, und erinnert Sie, sobald sie erscheinen.</translation>
        </message>
        <message>
            <source>Add your first show…</source>
            <translation>Ersten Titel hinzufügen…</translation>
        </message>
    </context>
    <context>
        <name>EntryDialogs</name>
        <message>
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <source>Season</source>
            <translation>Staffel</translation>
        </message>
        <message>
            <source>New status</source>
            <translation>Neuer Status</translation>
        </message>
        <message>
            <source>Release claim</source>
            <translation>Angabe zum Start</translation>
        </message>
        <message>
            <source>Window</source>
            <translation>Zeitfenster</translation>
        </message>
        <message>
            <source>Add cast</source>
            <translation>Besetzung hinzufügen</translation>
        </message>
    </context>
    <context>
        <name>EpisodeAlerts</name>
        <message>
            <source>episode %1</source>
            <translation>Folge %1</translation>
        </message>
        <message>
            <source>episodes %1-%2</source>
            <translation>Folgen %1–%2</translation>
        </message>
        <message>
            <source>episodes %1</source>
            <translation>Folgen %1</translation>
        </message>
        <message numerus="yes">
            <source>all %n episode(s) are out</source>
            <translation>
                <numerusform>die %n Folge ist erschienen</numerusform>
                <numerusform>alle %n Folgen sind erschienen</numerusform>
            </translation>
        </message>
        <message>
            <source>%1%2 is out</source>
            <translation>%1%2 ist erschienen</translation>
        </message>
        <message>
            <source>%1 are out</source>
            <translation>%1 sind erschienen</translation>
        </message>
        <message>
            <source>season premiere: %1</source>
            <translation>Staffelstart: %1</translation>
        </message>
        <message numerus="yes">
            <source>season complete: the last of %n episode(s) is out</source>
            <translation>
                <numerusform>Staffel komplett: die einzige Folge ist erschienen</numerusform>
                <numerusform>Staffel komplett: die letzte von %n Folgen ist erschienen</numerusform>
            </translation>
        </message>
        <message>
            <source>episode %1 moved to %2, was %3</source>
            <translation>Folge %1 verschoben auf %2, zuvor %3</translation>
        </message>
        <message>
            <source>episode %1 date announced, %2</source>
            <translation>Termin für Folge %1 angekündigt: %2</translation>
        </message>
        <message>
            <source>dates of %1 moved, from %2</source>
            <translation>Termine von %1 verschoben, ab %2</translation>
        </message>
        <message>
            <source>dates of %1 announced, from %2</source>
            <translation>Termine von %1 angekündigt, ab %2</translation>
        </message>
    </context>
    <context>
        <name>EpisodeModel</name>
        <message>
            <source>no date yet</source>
            <translation>noch ohne Datum</translation>
        </message>
        <message>
            <source>not watched</source>
            <translation>nicht gesehen</translation>
        </message>
        <message>
            <source>watched %1</source>
            <translation>gesehen am %1</translation>
        </message>
        <message>
            <source>%1 min</source>
            <translation>%1 Min.</translation>
        </message>
        <message>
            <source>watched</source>
            <translation>gesehen</translation>
        </message>
        <message>
            <source>Episode %1 %2, %3, %4</source>
            <translation>Folge %1 %2, %3, %4</translation>
        </message>
    </context>
    <context>
        <name>EpisodesSection</name>
        <message>
            <source>all at once</source>
            <translation>alle auf einmal</translation>
        </message>
        <message>
            <source>weekly</source>
            <translation>wöchentlich</translation>
        </message>
        <message>
            <source>in parts</source>
            <translation>in Teilen</translation>
        </message>
        <message numerus="yes">
            <source>%n episode(s)</source>
            <translation>
                <numerusform>%n Folge</numerusform>
                <numerusform>%n Folgen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n watched</source>
            <translation>
                <numerusform>%n gesehen</numerusform>
                <numerusform>%n gesehen</numerusform>
            </translation>
        </message>
        <message>
            <source>next: %1 on %2</source>
            <translation>nächste: %1 am %2</translation>
        </message>
        <message>
            <source>Episodes</source>
            <translation>Folgen</translation>
        </message>
        <message>
            <source>Up to here</source>
            <translation>Bis hierher</translation>
        </message>
        <message>
            <source>Mark the selected episode and every one before it as watched</source>
            <translation>Die gewählte Folge und alle davor als gesehen markieren</translation>
        </message>
        <message>
            <source>Whole season</source>
            <translation>Ganze Staffel</translation>
        </message>
        <message>
            <source>Mark every episode of this season as watched</source>
            <translation>Alle Folgen dieser Staffel als gesehen markieren</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Zurücksetzen</translation>
        </message>
        <message>
            <source>Mark every episode of this season as not watched</source>
            <translation>Alle Folgen dieser Staffel als nicht gesehen markieren</translation>
        </message>
        <message>
            <source>A film has no episodes.</source>
            <translation>Ein Film hat keine Folgen.</translation>
        </message>
        <message>
            <source>No episodes listed yet; a title followed from a catalogue lists them.</source>
            <translation>Noch keine Folgen bekannt; ein Titel, der einem Katalog folgt, listet sie auf.</translation>
        </message>
    </context>
    <context>
        <name>Fields</name>
        <message>
            <source>Not known yet</source>
            <translation>Noch unbekannt</translation>
        </message>
        <message>
            <source>Where you read it, e.g. Netflix Korea</source>
            <translation>Wo Sie es gelesen haben, z. B. Netflix Korea</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Since</source>
            <translation>Seit</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Quelle</translation>
        </message>
        <message>
            <source>Confidence</source>
            <translation>Verlässlichkeit</translation>
        </message>
        <message>
            <source>e.g. December 2026, Q1 2027, early 2027, 2027-01-15</source>
            <translation>z. B. Dezember 2026, Q1 2027, Anfang 2027, 15.01.2027</translation>
        </message>
        <message>
            <source>Who said so</source>
            <translation>Wer es gesagt hat</translation>
        </message>
        <message>
            <source>Expected</source>
            <translation>Erwartet</translation>
        </message>
        <message>
            <source>Type when it is expected to come out</source>
            <translation>Geben Sie ein, wann es erscheinen soll</translation>
        </message>
        <message>
            <source>Park Ji-hu as Nam On-jo
Yoon Chan-young as Lee Cheong-san</source>
            <translation>Park Ji-hu als Nam On-jo
Yoon Chan-young als Lee Cheong-san</translation>
        </message>
        <message>
            <source>Cast</source>
            <translation>Besetzung</translation>
        </message>
        <message>
            <source>One per line: ACTOR as CHARACTER</source>
            <translation>Eine pro Zeile: DARSTELLER als ROLLE</translation>
        </message>
    </context>
    <context>
        <name>HelpMenu</name>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Tastenkürzel</translation>
        </message>
        <message>
            <source>Subscribe in your &amp;calendar…</source>
            <translation>Im &amp;Kalender abonnieren…</translation>
        </message>
        <message>
            <source>&amp;About Cliffhanger</source>
            <translation>Ü&amp;ber Cliffhanger</translation>
        </message>
    </context>
    <context>
        <name>ImportPreview</name>
        <message>
            <source>Action</source>
            <translation>Aktion</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Stelle</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Hinzufügen</translation>
        </message>
        <message>
            <source>Merge</source>
            <translation>Zusammenführen</translation>
        </message>
        <message>
            <source>Skip</source>
            <translation>Überspringen</translation>
        </message>
        <message>
            <source>Bad row</source>
            <translation>Fehlerhafte Zeile</translation>
        </message>
        <message numerus="yes">
            <source>%n to add</source>
            <translation>
                <numerusform>%n hinzuzufügen</numerusform>
                <numerusform>%n hinzuzufügen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n to merge</source>
            <translation>
                <numerusform>%n zusammenzuführen</numerusform>
                <numerusform>%n zusammenzuführen</numerusform>
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
            <source>%n bad row(s)</source>
            <translation>
                <numerusform>%n fehlerhafte Zeile</numerusform>
                <numerusform>%n fehlerhafte Zeilen</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message>
            <source>IMDb list or watchlist CSV</source>
            <translation>IMDb-Liste oder -Watchlist (CSV)</translation>
        </message>
        <message>
            <source>Trakt watchlist, history or watched JSON</source>
            <translation>Trakt-Watchlist, -Verlauf oder -Gesehen (JSON)</translation>
        </message>
        <message>
            <source>Cliffhanger JSON backup</source>
            <translation>Cliffhanger-Sicherung (JSON)</translation>
        </message>
        <message numerus="yes">
            <source>Linked %n series to TVmaze.</source>
            <translation>
                <numerusform>%n Serie mit TVmaze verknüpft.</numerusform>
                <numerusform>%n Serien mit TVmaze verknüpft.</numerusform>
            </translation>
        </message>
        <message>
            <source>Merged the backup: added %1, merged %2, skipped %3, bad %4</source>
            <translation>Sicherung eingespielt: %1 hinzugefügt, %2 zusammengeführt, %3 übersprungen, %4 fehlerhaft</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importieren</translation>
        </message>
        <message>
            <source>Import a watchlist</source>
            <translation>Eine Merkliste importieren</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Vorschau</translation>
        </message>
        <message>
            <source>An export from IMDb, Letterboxd, TV Time, Trakt, Sonarr, or a backup</source>
            <translation>Ein Export aus IMDb, Letterboxd, TV Time, Trakt, Sonarr oder eine Sicherung</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Durchsuchen…</translation>
        </message>
        <message>
            <source>Allow network lookups (link series to TVmaze by their IMDb or TVDB id)</source>
            <translation>Im Netz nachschlagen (Serien über ihre IMDb- oder TVDB-ID mit TVmaze verknüpfen)</translation>
        </message>
        <message>
            <source>Pick the file; its format is recognised from its contents.</source>
            <translation>Wählen Sie die Datei; ihr Format wird am Inhalt erkannt.</translation>
        </message>
        <message>
            <source>Supported:</source>
            <translation>Unterstützt:</translation>
        </message>
        <message>
            <source>Exports (*.csv *.json);;All (*)</source>
            <translation>Exporte (*.csv *.json);;Alle (*)</translation>
        </message>
        <message>
            <source>The watchlist is still opening; try again in a moment.</source>
            <translation>Die Merkliste wird noch geöffnet; versuchen Sie es gleich noch einmal.</translation>
        </message>
        <message>
            <source>Reading…</source>
            <translation>Wird gelesen…</translation>
        </message>
        <message>
            <source>Reading %1…</source>
            <translation>%1 wird gelesen…</translation>
        </message>
        <message>
            <source>Can't read it (%1)</source>
            <translation>Nicht lesbar (%1)</translation>
        </message>
        <message>
            <source>Import %1</source>
            <translation>%1 importieren</translation>
        </message>
        <message>
            <source>Read as %1.</source>
            <translation>Gelesen als %1.</translation>
        </message>
        <message>
            <source>%1: %2.%3 Nothing is written until you import.</source>
            <translation>%1: %2.%3 Nichts wird gespeichert, bevor Sie importieren.</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>Importiert</translation>
        </message>
        <message>
            <source>Importing the same file again adds nothing.</source>
            <translation>Wenn Sie dieselbe Datei noch einmal importieren, kommt nichts hinzu.</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Fertig</translation>
        </message>
        <message>
            <source>Nothing was imported: %1</source>
            <translation>Nichts wurde importiert: %1</translation>
        </message>
    </context>
    <context>
        <name>InboxView</name>
        <message>
            <source>Inbox</source>
            <translation>Eingang</translation>
        </message>
        <message>
            <source>Mark all read</source>
            <translation>Alle als gelesen markieren</translation>
        </message>
        <message numerus="yes">
            <source>%n alert(s), %1 unread</source>
            <translation>
                <numerusform>%n Meldung, %1 ungelesen</numerusform>
                <numerusform>%n Meldungen, %1 ungelesen</numerusform>
            </translation>
        </message>
        <message>
            <source>No alerts delivered yet.</source>
            <translation>Noch keine Meldungen zugestellt.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Datei</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Bearbeiten</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation>&amp;Titel</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ansicht</translation>
        </message>
        <message>
            <source>Cliffhanger</source>
            <translation>Cliffhanger</translation>
        </message>
        <message>
            <source>Episodes</source>
            <translation>Folgen</translation>
        </message>
        <message>
            <source>Watchlist</source>
            <translation>Merkliste</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <source>&amp;Find…</source>
            <translation>&amp;Suchen…</translation>
        </message>
        <message>
            <source>&amp;Posters in the list</source>
            <translation>&amp;Poster in der Liste</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Rückgängig</translation>
        </message>
        <message>
            <source>Removed “%1” — Undo (Ctrl+Z)</source>
            <translation>„%1“ entfernt – Rückgängig mit Strg+Z</translation>
        </message>
        <message>
            <source>Added “%1”</source>
            <translation>„%1“ hinzugefügt</translation>
        </message>
        <message>
            <source>Cliffhanger can't open your watchlist.

%1</source>
            <translation>Cliffhanger kann Ihre Merkliste nicht öffnen.

%1</translation>
        </message>
        <message>
            <source>Couldn't save that: %1</source>
            <translation>Das ließ sich nicht speichern: %1</translation>
        </message>
    </context>
    <context>
        <name>NewsActions</name>
        <message>
            <source>Read news &amp;article…</source>
            <translation>Nachrichten&amp;artikel lesen…</translation>
        </message>
        <message>
            <source>Paste an article or open a saved page; its facts are proposed for review</source>
            <translation>Einen Artikel einfügen oder eine gespeicherte Seite öffnen; seine Fakten werden zur Prüfung vorgeschlagen</translation>
        </message>
        <message>
            <source>News from &amp;feeds…</source>
            <translation>Nachrichten aus &amp;Feeds…</translation>
        </message>
        <message>
            <source>News about your titles from the feeds you follow, waiting for review</source>
            <translation>Nachrichten zu Ihren Titeln aus den Feeds, denen Sie folgen, zur Prüfung</translation>
        </message>
        <message>
            <source>News from &amp;feeds (%1)…</source>
            <translation>Nachrichten aus &amp;Feeds (%1)…</translation>
        </message>
        <message numerus="yes">
            <source>%n news item(s) about your titles wait for review: File → News from feeds</source>
            <translation>
                <numerusform>%n Nachricht zu Ihren Titeln wartet auf Prüfung: Datei → Nachrichten aus Feeds</numerusform>
                <numerusform>%n Nachrichten zu Ihren Titeln warten auf Prüfung: Datei → Nachrichten aus Feeds</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 is not a web address</source>
            <translation>%1 ist keine Webadresse</translation>
        </message>
        <message>
            <source>Following %1; it is read on the refresh schedule</source>
            <translation>Sie folgen %1; der Feed wird im Aktualisierungsrhythmus gelesen</translation>
        </message>
        <message numerus="yes">
            <source>Recorded %n fact(s) from the article on %1</source>
            <translation>
                <numerusform>%n Fakt aus dem Artikel zu %1 übernommen</numerusform>
                <numerusform>%n Fakten aus dem Artikel zu %1 übernommen</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>NewsInbox</name>
        <message>
            <source>News from your feeds</source>
            <translation>Nachrichten aus Ihren Feeds</translation>
        </message>
        <message>
            <source>undated</source>
            <translation>ohne Datum</translation>
        </message>
        <message>
            <source>Review…</source>
            <translation>Prüfen…</translation>
        </message>
        <message>
            <source>Set aside</source>
            <translation>Beiseitelegen</translation>
        </message>
        <message>
            <source>Follow a feed…</source>
            <translation>Einem Feed folgen…</translation>
        </message>
        <message>
            <source>Items from your feeds that name a title on your watchlist. Nothing is saved until you review it.</source>
            <translation>Einträge aus Ihren Feeds, die einen Titel Ihrer Merkliste nennen. Nichts wird gespeichert, bevor Sie es prüfen.</translation>
        </message>
        <message>
            <source>No news waiting.</source>
            <translation>Keine Nachrichten warten.</translation>
        </message>
        <message>
            <source>Follow a feed</source>
            <translation>Einem Feed folgen</translation>
        </message>
        <message>
            <source>Address of an RSS or Atom feed:</source>
            <translation>Adresse eines RSS- oder Atom-Feeds:</translation>
        </message>
    </context>
    <context>
        <name>NewsPaste</name>
        <message>
            <source>Paste an article here, or drop an .html or .txt file</source>
            <translation>Fügen Sie hier einen Artikel ein oder ziehen Sie eine .html- oder .txt-Datei hierher</translation>
        </message>
        <message>
            <source>Read a news article</source>
            <translation>Einen Nachrichtenartikel lesen</translation>
        </message>
        <message>
            <source>who published it, e.g. TVLine</source>
            <translation>wer ihn veröffentlicht hat, z. B. DWDL</translation>
        </message>
        <message>
            <source>Published</source>
            <translation>Veröffentlicht</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Quelle</translation>
        </message>
        <message>
            <source>Open file…</source>
            <translation>Datei öffnen…</translation>
        </message>
        <message>
            <source>Read article</source>
            <translation>Artikel lesen</translation>
        </message>
        <message>
            <source>The facts it states are proposed for you to check before anything is saved.</source>
            <translation>Die darin genannten Fakten werden Ihnen zur Prüfung vorgeschlagen, bevor etwas gespeichert wird.</translation>
        </message>
        <message>
            <source>Articles (*.html *.htm *.txt)</source>
            <translation>Artikel (*.html *.htm *.txt)</translation>
        </message>
        <message>
            <source>Open an article</source>
            <translation>Einen Artikel öffnen</translation>
        </message>
        <message>
            <source>Could not read %1: %2</source>
            <translation>%1 konnte nicht gelesen werden: %2</translation>
        </message>
        <message>
            <source>%1 is not an article (too large, or not text).</source>
            <translation>%1 ist kein Artikel (zu groß oder kein Text).</translation>
        </message>
        <message>
            <source>Read %1.</source>
            <translation>%1 gelesen.</translation>
        </message>
    </context>
    <context>
        <name>NewsReview</name>
        <message>
            <source>Fact</source>
            <translation>Fakt</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Wert</translation>
        </message>
        <message>
            <source>When / character</source>
            <translation>Wann / Rolle</translation>
        </message>
        <message>
            <source>Confidence</source>
            <translation>Verlässlichkeit</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Hinweis</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Release claims</source>
            <translation>Angaben zum Start</translation>
        </message>
        <message>
            <source>Cast</source>
            <translation>Besetzung</translation>
        </message>
        <message>
            <source>Doubtful: %1</source>
            <translation>Zweifelhaft: %1</translation>
        </message>
        <message>
            <source>Review the news</source>
            <translation>Nachrichten prüfen</translation>
        </message>
        <message>
            <source>none (a film)</source>
            <translation>keine (ein Film)</translation>
        </message>
        <message>
            <source>record</source>
            <translation>übernehmen</translation>
        </message>
        <message>
            <source>Select a proposal to see the sentence it came from.</source>
            <translation>Wählen Sie einen Vorschlag, um den Satz zu sehen, aus dem er stammt.</translation>
        </message>
        <message>
            <source>on your watchlist</source>
            <translation>auf Ihrer Merkliste</translation>
        </message>
        <message>
            <source>new: it will be added</source>
            <translation>neu: wird hinzugefügt</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>Season</source>
            <translation>Staffel</translation>
        </message>
        <message>
            <source>Network</source>
            <translation>Sender</translation>
        </message>
        <message>
            <source>Record ticked</source>
            <translation>Angehakte übernehmen</translation>
        </message>
        <message>
            <source>status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>expected</source>
            <translation>erwartet</translation>
        </message>
        <message>
            <source>cast</source>
            <translation>Besetzung</translation>
        </message>
        <message>
            <source>a cast entry needs an actor</source>
            <translation>ein Besetzungseintrag braucht einen Darsteller</translation>
        </message>
        <message>
            <source>say which title the article is about</source>
            <translation>geben Sie an, um welchen Titel es im Artikel geht</translation>
        </message>
    </context>
    <context>
        <name>Notifications</name>
        <message>
            <source>Open</source>
            <translation>Öffnen</translation>
        </message>
        <message>
            <source>Snooze 1 hour</source>
            <translation>In 1 Stunde erneut</translation>
        </message>
        <message>
            <source>Tomorrow morning</source>
            <translation>Morgen früh</translation>
        </message>
        <message>
            <source>Next week</source>
            <translation>Nächste Woche</translation>
        </message>
    </context>
    <context>
        <name>Poster</name>
        <message>
            <source>Poster</source>
            <translation>Poster</translation>
        </message>
        <message>
            <source>Poster of %1</source>
            <translation>Poster von %1</translation>
        </message>
        <message>
            <source>No poster for %1</source>
            <translation>Kein Poster für %1</translation>
        </message>
    </context>
    <context>
        <name>RefreshControl</name>
        <message>
            <source>never</source>
            <translation>nie</translation>
        </message>
        <message>
            <source>%1, %2</source>
            <translation>%1, %2</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>&amp;Refresh from catalogues</source>
            <translation>Aus den Katalogen &amp;aktualisieren</translation>
        </message>
        <message>
            <source>Ask TVmaze (and TMDB) what changed</source>
            <translation>TVmaze (und TMDB) fragen, was sich geändert hat</translation>
        </message>
        <message>
            <source>Refreshing from the catalogues…</source>
            <translation>Aktualisieren aus den Katalogen…</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Wird abgebrochen…</translation>
        </message>
        <message>
            <source>Refreshing %1 of %2…</source>
            <translation>Aktualisieren: %1 von %2…</translation>
        </message>
        <message>
            <source>Refresh failed (%1); will try again later</source>
            <translation>Aktualisieren fehlgeschlagen (%1); später neuer Versuch</translation>
        </message>
        <message>
            <source>Offline — last refreshed %1</source>
            <translation>Offline — zuletzt aktualisiert %1</translation>
        </message>
        <message>
            <source>Refresh cancelled</source>
            <translation>Aktualisieren abgebrochen</translation>
        </message>
        <message>
            <source>Refreshed at %1</source>
            <translation>Aktualisiert um %1</translation>
        </message>
        <message numerus="yes">
            <source> · %n changed</source>
            <translation>
                <numerusform> · %n geändert</numerusform>
                <numerusform> · %n geändert</numerusform>
            </translation>
        </message>
        <message>
            <source> · nothing new</source>
            <translation> · nichts Neues</translation>
        </message>
    </context>
    <context>
        <name>ReminderForms</name>
        <message>
            <source>Add</source>
            <translation>Hinzufügen</translation>
        </message>
        <message>
            <source>Remind me at</source>
            <translation>Erinnern am</translation>
        </message>
        <message>
            <source>On release day</source>
            <translation>Am Starttag</translation>
        </message>
        <message>
            <source>Also when a window without a day begins</source>
            <translation>Auch wenn ein Zeitfenster ohne Tag beginnt</translation>
        </message>
        <message>
            <source>days before release</source>
            <translation>Tage vor dem Start</translation>
        </message>
        <message>
            <source>at</source>
            <translation>um</translation>
        </message>
    </context>
    <context>
        <name>ReminderRules</name>
        <message>
            <source>%1, %2</source>
            <translation>%1, %2</translation>
        </message>
        <message>
            <source>your reminder for %1</source>
            <translation>Ihre Erinnerung für %1</translation>
        </message>
        <message>
            <source>your reminder %1</source>
            <translation>Ihre Erinnerung %1</translation>
        </message>
        <message>
            <source>your reminder %1, for %2</source>
            <translation>Ihre Erinnerung %1, für %2</translation>
        </message>
    </context>
    <context>
        <name>RemindersData</name>
        <message>
            <source>In an hour</source>
            <translation>In einer Stunde</translation>
        </message>
        <message>
            <source>Tomorrow morning</source>
            <translation>Morgen früh</translation>
        </message>
        <message>
            <source>Next week</source>
            <translation>Nächste Woche</translation>
        </message>
        <message>
            <source>Season %1: </source>
            <translation>Staffel %1: </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) before release</source>
            <translation>
                <numerusform>%n Tag vor dem Start</numerusform>
                <numerusform>%n Tage vor dem Start</numerusform>
            </translation>
        </message>
        <message>
            <source>on release day</source>
            <translation>am Starttag</translation>
        </message>
        <message>
            <source>%1 and %2</source>
            <translation>%1 und %2</translation>
        </message>
        <message>
            <source>%1 at %2</source>
            <translation>%1 um %2</translation>
        </message>
        <message>
            <source>, also at a window's start</source>
            <translation>, auch zu Beginn eines Zeitfensters</translation>
        </message>
    </context>
    <context>
        <name>RemindersSection</name>
        <message>
            <source>New status</source>
            <translation>Neuer Status</translation>
        </message>
        <message>
            <source>New or changed release claim</source>
            <translation>Neue oder geänderte Angabe zum Start</translation>
        </message>
        <message>
            <source>Official date announced or moved</source>
            <translation>Offizieller Termin angekündigt oder verschoben</translation>
        </message>
        <message>
            <source>New season announced</source>
            <translation>Neue Staffel angekündigt</translation>
        </message>
        <message>
            <source>Season premiere airs</source>
            <translation>Staffelpremiere läuft</translation>
        </message>
        <message>
            <source>Each new episode airs</source>
            <translation>Jede neue Folge läuft</translation>
        </message>
        <message>
            <source>Season complete (last episode aired)</source>
            <translation>Staffel komplett (letzte Folge gelaufen)</translation>
        </message>
        <message>
            <source>Episode date announced or moved</source>
            <translation>Folgentermin angekündigt oder verschoben</translation>
        </message>
        <message>
            <source>On the release day</source>
            <translation>Am Starttag</translation>
        </message>
        <message>
            <source>When an expected window passes</source>
            <translation>Wenn ein erwartetes Zeitfenster verstreicht</translation>
        </message>
        <message>
            <source>Snooze</source>
            <translation>Später erinnern</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <source>Status alerts</source>
            <translation>Statusmeldungen</translation>
        </message>
        <message>
            <source>Coming up</source>
            <translation>Demnächst</translation>
        </message>
        <message>
            <source>Delivered</source>
            <translation>Zugestellt</translation>
        </message>
        <message>
            <source>No reminders set</source>
            <translation>Keine Erinnerungen eingerichtet</translation>
        </message>
        <message>
            <source>Nothing planned</source>
            <translation>Nichts geplant</translation>
        </message>
        <message>
            <source>Nothing delivered yet</source>
            <translation>Noch nichts zugestellt</translation>
        </message>
        <message>
            <source>Reminder set for %1</source>
            <translation>Erinnerung für %1 eingerichtet</translation>
        </message>
        <message>
            <source>Reminder set: %1</source>
            <translation>Erinnerung eingerichtet: %1</translation>
        </message>
        <message>
            <source>Snoozed until %1</source>
            <translation>Verschoben auf %1</translation>
        </message>
        <message>
            <source>pending</source>
            <translation>ausstehend</translation>
        </message>
    </context>
    <context>
        <name>RemindersSettings</name>
        <message>
            <source>Desktop notifications (with Open and Snooze buttons)</source>
            <translation>Desktop-Benachrichtigungen (mit Öffnen/Später)</translation>
        </message>
        <message>
            <source>Cross-platform notifications (plyer)</source>
            <translation>Plattformübergreifende Benachrichtigungen (plyer)</translation>
        </message>
        <message>
            <source>Tray icon balloon</source>
            <translation>Sprechblase am Symbol im Systembereich</translation>
        </message>
        <message>
            <source>Log file only</source>
            <translation>Nur Protokolldatei</translation>
        </message>
        <message>
            <source>Notify me through</source>
            <translation>Benachrichtigen über</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Nach oben</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Nach unten</translation>
        </message>
        <message>
            <source>Send test notification</source>
            <translation>Test senden</translation>
        </message>
        <message>
            <source>The first one that works shows the reminder; the log always comes last.</source>
            <translation>Der erste Weg, der funktioniert, zeigt die Erinnerung an; das Protokoll kommt immer zuletzt.</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Wann</translation>
        </message>
        <message>
            <source>Hold reminders during quiet hours</source>
            <translation>Erinnerungen während der Ruhezeit zurückhalten</translation>
        </message>
        <message>
            <source>to</source>
            <translation>bis</translation>
        </message>
        <message>
            <source>Quiet from</source>
            <translation>Ruhezeit von</translation>
        </message>
        <message>
            <source>Default reminder time</source>
            <translation>Übliche Erinnerungszeit</translation>
        </message>
        <message>
            <source>Remind on the release day of every title with an official date</source>
            <translation>Am Starttag jedes Titels mit offiziellem Termin erinnern</translation>
        </message>
        <message>
            <source>Tell me once when an expected window passes with no date</source>
            <translation>Einmal melden, wenn ein Zeitfenster ohne Termin verstreicht</translation>
        </message>
        <message>
            <source>General</source>
            <translation>Allgemein</translation>
        </message>
        <message>
            <source>Start Cliffhanger at login, in the tray</source>
            <translation>Cliffhanger bei der Anmeldung im Systembereich starten</translation>
        </message>
        <message>
            <source>Pause all reminders</source>
            <translation>Alle Erinnerungen pausieren</translation>
        </message>
        <message>
            <source>Sent via %1</source>
            <translation>Gesendet über %1</translation>
        </message>
        <message>
            <source>No notifier could show it</source>
            <translation>Kein Benachrichtigungsweg konnte sie anzeigen</translation>
        </message>
    </context>
    <context>
        <name>RemindersUi</name>
        <message>
            <source>Reminders</source>
            <translation>Erinnerungen</translation>
        </message>
        <message>
            <source>Reminders: %1</source>
            <translation>Erinnerungen: %1</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Einstellungen…</translation>
        </message>
        <message>
            <source>Settings…</source>
            <translation>Einstellungen…</translation>
        </message>
    </context>
    <context>
        <name>RemindersUnit</name>
        <message>
            <source>&amp;Inbox…</source>
            <translation>&amp;Eingang…</translation>
        </message>
        <message>
            <source>Reminders will look like this.</source>
            <translation>So sehen Erinnerungen aus.</translation>
        </message>
    </context>
    <context>
        <name>RemindersView</name>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>Reminder</source>
            <translation>Erinnerung</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Wann</translation>
        </message>
        <message>
            <source>Delivered</source>
            <translation>Zugestellt</translation>
        </message>
        <message>
            <source>Coming up</source>
            <translation>Demnächst</translation>
        </message>
        <message numerus="yes">
            <source>and %n more later</source>
            <translation>
                <numerusform>und %n weitere später</numerusform>
                <numerusform>und %n weitere später</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing planned</source>
            <translation>Nichts geplant</translation>
        </message>
        <message>
            <source>Nothing delivered yet</source>
            <translation>Noch nichts zugestellt</translation>
        </message>
        <message>
            <source>Snoozed until %1</source>
            <translation>Verschoben auf %1</translation>
        </message>
        <message>
            <source>Season %1: </source>
            <translation>Staffel %1: </translation>
        </message>
        <message>
            <source>pending</source>
            <translation>ausstehend</translation>
        </message>
        <message>
            <source> (no notifier could show it)</source>
            <translation> (kein Benachrichtigungsweg konnte sie anzeigen)</translation>
        </message>
        <message>
            <source>shown via %1</source>
            <translation>angezeigt über %1</translation>
        </message>
        <message>
            <source>shown via nothing</source>
            <translation>nirgends angezeigt</translation>
        </message>
        <message numerus="yes">
            <source>While you were away: %n reminder(s)</source>
            <translation>
                <numerusform>Während Sie weg waren: %n Erinnerung</numerusform>
                <numerusform>Während Sie weg waren: %n Erinnerungen</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Rows</name>
        <message>
            <source>Unknown</source>
            <translation>Unbekannt</translation>
        </message>
        <message>
            <source>Season %1</source>
            <translation>Staffel %1</translation>
        </message>
        <message>
            <source>S%1 · %2/%3</source>
            <translation>S%1 · %2/%3</translation>
        </message>
    </context>
    <context>
        <name>RunningText</name>
        <message>
            <source>rumoured</source>
            <translation>gerüchteweise geplant</translation>
        </message>
        <message>
            <source>announced</source>
            <translation>angekündigt</translation>
        </message>
        <message>
            <source>in development</source>
            <translation>in Entwicklung</translation>
        </message>
        <message>
            <source>filming</source>
            <translation>in Dreharbeiten</translation>
        </message>
        <message>
            <source>post-production</source>
            <translation>in der Postproduktion</translation>
        </message>
        <message>
            <source>scheduled</source>
            <translation>terminiert</translation>
        </message>
        <message>
            <source>airing</source>
            <translation>läuft</translation>
        </message>
        <message>
            <source>released</source>
            <translation>erschienen</translation>
        </message>
        <message>
            <source>ended</source>
            <translation>beendet</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>abgesetzt</translation>
        </message>
        <message>
            <source>on hold</source>
            <translation>pausiert</translation>
        </message>
        <message>
            <source>official</source>
            <translation>offiziell</translation>
        </message>
        <message>
            <source>reported</source>
            <translation>berichtet</translation>
        </message>
        <message>
            <source>rumoured</source>
            <comment>confidence</comment>
            <translation>Gerücht</translation>
        </message>
        <message>
            <source>speculated</source>
            <translation>spekuliert</translation>
        </message>
        <message>
            <source>plan</source>
            <translation>geplant</translation>
        </message>
        <message>
            <source>watching</source>
            <translation>schaue ich</translation>
        </message>
        <message>
            <source>waiting</source>
            <translation>warte</translation>
        </message>
        <message>
            <source>completed</source>
            <translation>abgeschlossen</translation>
        </message>
        <message>
            <source>dropped</source>
            <translation>abgebrochen</translation>
        </message>
        <message>
            <source>series</source>
            <translation>Serie</translation>
        </message>
        <message>
            <source>film</source>
            <translation>Film</translation>
        </message>
        <message>
            <source>open</source>
            <translation>offen</translation>
        </message>
        <message>
            <source>doubtful</source>
            <translation>zweifelhaft</translation>
        </message>
        <message>
            <source>debunked</source>
            <translation>widerlegt</translation>
        </message>
    </context>
    <context>
        <name>Secrets</name>
        <message>
            <source>No system keyring is available, so the key can't be saved. You can use it for this session only; it will be forgotten when Cliffhanger quits.</source>
            <translation>Es ist kein Schlüsselbund des Systems verfügbar, daher kann der Schlüssel nicht gespeichert werden. Sie können ihn nur für diese Sitzung verwenden; beim Beenden von Cliffhanger wird er vergessen.</translation>
        </message>
        <message>
            <source>The system keyring could not read the key (%1).</source>
            <translation>Der Schlüsselbund des Systems konnte den Schlüssel nicht lesen (%1).</translation>
        </message>
        <message>
            <source>The system keyring could not save the key (%1).</source>
            <translation>Der Schlüsselbund des Systems konnte den Schlüssel nicht speichern (%1).</translation>
        </message>
        <message>
            <source>The system keyring could not remove the key (%1).</source>
            <translation>Der Schlüsselbund des Systems konnte den Schlüssel nicht entfernen (%1).</translation>
        </message>
        <message>
            <source>It may be locked; unlock it and try again, or use the key for this session only.</source>
            <translation>Vielleicht ist er gesperrt; entsperren Sie ihn und versuchen Sie es erneut, oder verwenden Sie den Schlüssel nur für diese Sitzung.</translation>
        </message>
    </context>
    <context>
        <name>SettingsCalendar</name>
        <message>
            <source>New calendar “%1”</source>
            <translation>Neuer Kalender „%1“</translation>
        </message>
        <message>
            <source>for this session only</source>
            <translation>nur für diese Sitzung</translation>
        </message>
        <message>
            <source>in the system keyring</source>
            <translation>im Schlüsselbund des Systems</translation>
        </message>
        <message>
            <source>CalDAV calendar</source>
            <translation>CalDAV-Kalender</translation>
        </message>
        <message>
            <source>Release dates and reminders in your own calendar (Nextcloud, Fastmail, iCloud, mailbox.org, Radicale…), so every device that syncs with it shows them and rings their alarms. Use an app password where your provider offers one.</source>
            <translation>Starttermine und Erinnerungen in Ihrem eigenen Kalender (Nextcloud, Fastmail, iCloud, mailbox.org, Radicale…), damit jedes Gerät, das mit ihm abgleicht, sie anzeigt und ihre Alarme auslöst. Verwenden Sie ein App-Passwort, wo Ihr Anbieter eines anbietet.</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Subscribe instead</source>
            <translation>Stattdessen abonnieren</translation>
        </message>
        <message>
            <source>Calendar apps can also subscribe to %1, rewritten after every change (read-only).</source>
            <translation>Kalender-Apps können auch %1 abonnieren; die Datei wird nach jeder Änderung neu geschrieben (nur lesbar).</translation>
        </message>
        <message>
            <source>App password</source>
            <translation>App-Passwort</translation>
        </message>
        <message>
            <source>Find calendars</source>
            <translation>Kalender suchen</translation>
        </message>
        <message>
            <source>Connect</source>
            <translation>Verbinden</translation>
        </message>
        <message>
            <source>Server</source>
            <translation>Server</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>Benutzername</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Passwort</translation>
        </message>
        <message>
            <source>Calendar</source>
            <translation>Kalender</translation>
        </message>
        <message>
            <source>Use for this session only</source>
            <translation>Nur für diese Sitzung verwenden</translation>
        </message>
        <message>
            <source>No calendar is connected.</source>
            <translation>Kein Kalender verbunden.</translation>
        </message>
        <message>
            <source>One way: Cliffhanger owns these events, and edits made to them on the server or a phone are overwritten at the next change.</source>
            <translation>Nur in eine Richtung: Diese Termine gehören Cliffhanger; Änderungen daran auf dem Server oder einem Telefon werden bei der nächsten Änderung überschrieben.</translation>
        </message>
        <message>
            <source>Sync now</source>
            <translation>Jetzt abgleichen</translation>
        </message>
        <message>
            <source>Disconnect</source>
            <translation>Trennen</translation>
        </message>
        <message>
            <source>No system keyring is available, so the calendar password can't be kept. You can use it for this session only; the app forgets it when it quits.</source>
            <translation>Es ist kein Schlüsselbund des Systems verfügbar, daher kann das Kalenderpasswort nicht gespeichert werden. Sie können es nur für diese Sitzung verwenden; die App vergisst es beim Beenden.</translation>
        </message>
        <message>
            <source>Looking for calendars…</source>
            <translation>Kalender werden gesucht…</translation>
        </message>
        <message numerus="yes">
            <source>Found %n calendar(s). Choose one and connect.</source>
            <translation>
                <numerusform>%n Kalender gefunden. Wählen Sie einen und verbinden Sie.</numerusform>
                <numerusform>%n Kalender gefunden. Wählen Sie einen und verbinden Sie.</numerusform>
            </translation>
        </message>
        <message>
            <source>Connecting…</source>
            <translation>Verbinden…</translation>
        </message>
        <message>
            <source>Connected. The password is kept %1.</source>
            <translation>Verbunden. Das Passwort ist %1 gespeichert.</translation>
        </message>
        <message>
            <source>Disconnected; the events already on the server stay there.</source>
            <translation>Getrennt; die Termine, die schon auf dem Server sind, bleiben dort.</translation>
        </message>
        <message>
            <source>Connected to “%1” at %2 as %3.</source>
            <translation>Verbunden mit „%1“ auf %2 als %3.</translation>
        </message>
        <message>
            <source>Last synced: %1. Waiting to be sent: %2.</source>
            <translation>Zuletzt abgeglichen: %1. Warten auf Senden: %2.</translation>
        </message>
        <message>
            <source>Syncing now…</source>
            <translation>Wird gerade abgeglichen…</translation>
        </message>
        <message>
            <source>Last attempt: %1</source>
            <translation>Letzter Versuch: %1</translation>
        </message>
        <message>
            <source>The password is not in the keyring: connect again.</source>
            <translation>Das Passwort ist nicht im Schlüsselbund: Bitte neu verbinden.</translation>
        </message>
    </context>
    <context>
        <name>SettingsCatalogues</name>
        <message>
            <source>Series worldwide, with seasons, cast and the next episode. Needs no key.</source>
            <translation>Serien aus aller Welt, mit Staffeln, Besetzung und der nächsten Folge. Braucht keinen Schlüssel.</translation>
        </message>
        <message>
            <source>Anime series and films, with airing dates and voice casts. Needs no key.</source>
            <translation>Anime-Serien und -Filme, mit Sendeterminen und Sprecherbesetzung. Braucht keinen Schlüssel.</translation>
        </message>
        <message>
            <source>Films and series in more languages.</source>
            <translation>Filme und Serien in mehr Sprachen.</translation>
        </message>
        <message>
            <source>API key (v3) or read-access token</source>
            <translation>API-Schlüssel (v3) oder Lesezugriffs-Token</translation>
        </message>
        <message>
            <source>TMDB needs your own API key (v3) or read-access token (v4), from your account settings at themoviedb.org.</source>
            <translation>TMDB braucht Ihren eigenen API-Schlüssel (v3) oder Lesezugriffs-Token (v4) aus Ihren Kontoeinstellungen auf themoviedb.org.</translation>
        </message>
        <message>
            <source>for this session only</source>
            <translation>nur für diese Sitzung</translation>
        </message>
        <message>
            <source>in the system keyring</source>
            <translation>im Schlüsselbund des Systems</translation>
        </message>
        <message>
            <source>Always on. %1</source>
            <translation>Immer aktiv. %1</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Aktualisieren</translation>
        </message>
        <message>
            <source> hours</source>
            <translation> Stunden</translation>
        </message>
        <message>
            <source>Refresh every</source>
            <translation>Aktualisieren alle</translation>
        </message>
        <message>
            <source>Only titles the catalogues list as changed are fetched again.</source>
            <translation>Nur Titel, die die Kataloge als geändert melden, werden neu abgerufen.</translation>
        </message>
        <message>
            <source>Paste your %1 key</source>
            <translation>Ihren %1-Schlüssel einfügen</translation>
        </message>
        <message>
            <source>key</source>
            <translation>Schlüssel</translation>
        </message>
        <message>
            <source>Test</source>
            <translation>Testen</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Speichern</translation>
        </message>
        <message>
            <source>Forget</source>
            <translation>Vergessen</translation>
        </message>
        <message>
            <source>Use for this session only</source>
            <translation>Nur für diese Sitzung verwenden</translation>
        </message>
        <message>
            <source>A %1 key is kept %2.</source>
            <translation>Ein %1-Schlüssel ist %2 gespeichert.</translation>
        </message>
        <message>
            <source>No %1 key is kept.</source>
            <translation>Kein %1-Schlüssel gespeichert.</translation>
        </message>
        <message>
            <source>Asking %1…</source>
            <translation>%1 wird gefragt…</translation>
        </message>
        <message>
            <source>Saved %1. %2 is now searched too.</source>
            <translation>%1 gespeichert. %2 wird jetzt auch durchsucht.</translation>
        </message>
        <message>
            <source>The key could not be saved (%1)</source>
            <translation>Der Schlüssel konnte nicht gespeichert werden (%1)</translation>
        </message>
        <message>
            <source>The %1 key is forgotten; %1 is not searched now.</source>
            <translation>Der %1-Schlüssel ist vergessen; %1 wird jetzt nicht durchsucht.</translation>
        </message>
        <message>
            <source>The key will be kept in memory until Cliffhanger quits.</source>
            <translation>Der Schlüssel bleibt im Speicher, bis Cliffhanger beendet wird.</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings — Cliffhanger</source>
            <translation>Einstellungen — Cliffhanger</translation>
        </message>
    </context>
    <context>
        <name>SettingsPages</name>
        <message>
            <source>Appearance</source>
            <translation>Darstellung</translation>
        </message>
        <message>
            <source>Calendar</source>
            <translation>Kalender</translation>
        </message>
        <message>
            <source>Catalogues</source>
            <translation>Kataloge</translation>
        </message>
        <message>
            <source>Reminders</source>
            <translation>Erinnerungen</translation>
        </message>
    </context>
    <context>
        <name>Timeline</name>
        <message>
            <source>Status history</source>
            <translation>Statusverlauf</translation>
        </message>
        <message>
            <source>No status recorded yet</source>
            <translation>Noch kein Status erfasst</translation>
        </message>
        <message>
            <source>since %1</source>
            <translation>seit %1</translation>
        </message>
    </context>
    <context>
        <name>TitleActions</name>
        <message>
            <source>&amp;Add show…</source>
            <translation>&amp;Hinzufügen…</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>B&amp;earbeiten…</translation>
        </message>
        <message>
            <source>New &amp;status…</source>
            <translation>Neuer &amp;Status…</translation>
        </message>
        <message>
            <source>Release &amp;claim…</source>
            <translation>&amp;Angabe zum Start…</translation>
        </message>
        <message>
            <source>Add &amp;cast…</source>
            <translation>&amp;Besetzung hinzufügen…</translation>
        </message>
        <message>
            <source>Co&amp;rrect…</source>
            <translation>&amp;Korrigieren…</translation>
        </message>
        <message>
            <source>Remove a status, claim or cast entry recorded by mistake</source>
            <translation>Einen versehentlich erfassten Status, eine Angabe oder einen Besetzungseintrag entfernen</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Löschen</translation>
        </message>
        <message>
            <source>Add a show or film (Ctrl+N)</source>
            <translation>Eine Serie oder einen Film hinzufügen (Strg+N)</translation>
        </message>
    </context>
    <context>
        <name>TitleDialog</name>
        <message>
            <source>Edit title</source>
            <translation>Titel bearbeiten</translation>
        </message>
        <message>
            <source>Add a show or film</source>
            <translation>Serie oder Film hinzufügen</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Speichern</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Hinzufügen</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notizen</translation>
        </message>
        <message>
            <source>Where it stands</source>
            <translation>Stand</translation>
        </message>
        <message>
            <source>Expected release</source>
            <translation>Erwarteter Start</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Wann</translation>
        </message>
        <message>
            <source>Cast</source>
            <translation>Besetzung</translation>
        </message>
        <message>
            <source>All of Us Are Dead</source>
            <translation>All of Us Are Dead</translation>
        </message>
        <message>
            <source>Original title, if different</source>
            <translation>Originaltitel, falls abweichend</translation>
        </message>
        <message>
            <source>Year it first came out</source>
            <translation>Jahr der Erstveröffentlichung</translation>
        </message>
        <message>
            <source>Netflix, HBO, BBC One…</source>
            <translation>Netflix, ZDF, ARD…</translation>
        </message>
        <message>
            <source>Original title</source>
            <translation>Originaltitel</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Jahr</translation>
        </message>
        <message>
            <source>Season</source>
            <translation>Staffel</translation>
        </message>
        <message>
            <source>Network</source>
            <translation>Sender</translation>
        </message>
        <message>
            <source>Watching</source>
            <translation>Fortschritt</translation>
        </message>
        <message>
            <source>%1 is already on your watchlist</source>
            <translation>%1 steht bereits auf Ihrer Merkliste</translation>
        </message>
    </context>
    <context>
        <name>TransferActions</name>
        <message>
            <source>Export JSON &amp;backup…</source>
            <translation>JSON-&amp;Sicherung exportieren…</translation>
        </message>
        <message>
            <source>JSON backup (*.json)</source>
            <translation>JSON-Sicherung (*.json)</translation>
        </message>
        <message>
            <source>Export &amp;CSV…</source>
            <translation>&amp;CSV exportieren…</translation>
        </message>
        <message>
            <source>CSV table (*.csv)</source>
            <translation>CSV-Tabelle (*.csv)</translation>
        </message>
        <message>
            <source>Export i&amp;Calendar…</source>
            <translation>i&amp;Calendar exportieren…</translation>
        </message>
        <message>
            <source>iCalendar (*.ics)</source>
            <translation>iCalendar (*.ics)</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>&amp;Importieren…</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exportieren</translation>
        </message>
        <message>
            <source>Exporting the watchlist…</source>
            <translation>Die Merkliste wird exportiert…</translation>
        </message>
        <message>
            <source>Exported to %1</source>
            <translation>Exportiert nach %1</translation>
        </message>
        <message>
            <source>Couldn't export: %1</source>
            <translation>Export fehlgeschlagen: %1</translation>
        </message>
        <message>
            <source>Importing %1…</source>
            <translation>%1 wird importiert…</translation>
        </message>
    </context>
    <context>
        <name>Tray</name>
        <message>
            <source>Coming up</source>
            <translation>Demnächst</translation>
        </message>
        <message>
            <source>Open Cliffhanger</source>
            <translation>Cliffhanger öffnen</translation>
        </message>
        <message>
            <source>Add show…</source>
            <translation>Serie hinzufügen…</translation>
        </message>
        <message>
            <source>Pause reminders</source>
            <translation>Erinnerungen pausieren</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Beenden</translation>
        </message>
    </context>
    <context>
        <name>Undo</name>
        <message>
            <source>Remove “%1”</source>
            <translation>„%1“ entfernen</translation>
        </message>
        <message>
            <source>Add “%1”</source>
            <translation>„%1“ hinzufügen</translation>
        </message>
        <message>
            <source>Edit “%1”</source>
            <translation>„%1“ bearbeiten</translation>
        </message>
        <message>
            <source>New status “%1”</source>
            <translation>Neuer Status „%1“</translation>
        </message>
        <message>
            <source>Release claim “%1”</source>
            <translation>Angabe zum Start „%1“</translation>
        </message>
        <message>
            <source>Add cast to “%1”</source>
            <translation>Besetzung zu „%1“ hinzufügen</translation>
        </message>
        <message>
            <source>Correct “%1”</source>
            <translation>„%1“ korrigieren</translation>
        </message>
    </context>
    <context>
        <name>UndoHistory</name>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Rückgängig</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Wiederholen</translation>
        </message>
        <message>
            <source>&amp;Undo %1</source>
            <translation>&amp;Rückgängig: %1</translation>
        </message>
        <message>
            <source>&amp;Redo %1</source>
            <translation>&amp;Wiederholen: %1</translation>
        </message>
    </context>
    <context>
        <name>UpcomingPaint</name>
        <message>
            <source>overdue</source>
            <translation>überfällig</translation>
        </message>
        <message>
            <source>Nothing expected yet. Add a release date or window to a title.</source>
            <translation>Noch nichts erwartet. Geben Sie einem Titel einen Starttermin oder ein Zeitfenster.</translation>
        </message>
    </context>
    <context>
        <name>UpcomingView</name>
        <message>
            <source>Upcoming releases</source>
            <translation>Kommende Starts</translation>
        </message>
        <message>
            <source>overdue</source>
            <translation>überfällig</translation>
        </message>
        <message>
            <source>Nothing expected yet</source>
            <translation>Noch nichts erwartet</translation>
        </message>
        <message>
            <source>Upcoming</source>
            <translation>Demnächst</translation>
        </message>
    </context>
    <context>
        <name>Vocabulary</name>
        <message>
            <source>Rumoured</source>
            <translation>Gerücht</translation>
        </message>
        <message>
            <source>Announced</source>
            <translation>Angekündigt</translation>
        </message>
        <message>
            <source>In development</source>
            <translation>In Entwicklung</translation>
        </message>
        <message>
            <source>Filming</source>
            <translation>Dreharbeiten</translation>
        </message>
        <message>
            <source>Post-production</source>
            <translation>Postproduktion</translation>
        </message>
        <message>
            <source>Scheduled</source>
            <translation>Termin steht</translation>
        </message>
        <message>
            <source>Airing</source>
            <translation>Läuft</translation>
        </message>
        <message>
            <source>Released</source>
            <translation>Erschienen</translation>
        </message>
        <message>
            <source>Ended</source>
            <translation>Beendet</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Abgesetzt</translation>
        </message>
        <message>
            <source>On hold</source>
            <translation>Pausiert</translation>
        </message>
        <message>
            <source>Official</source>
            <translation>Offiziell</translation>
        </message>
        <message>
            <source>Reported</source>
            <translation>Berichtet</translation>
        </message>
        <message>
            <source>Rumoured</source>
            <comment>confidence</comment>
            <translation>Gerücht</translation>
        </message>
        <message>
            <source>Speculated</source>
            <translation>Spekuliert</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>Geplant</translation>
        </message>
        <message>
            <source>Watching</source>
            <translation>Schaue ich</translation>
        </message>
        <message>
            <source>Waiting</source>
            <translation>Warte</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Abgeschlossen</translation>
        </message>
        <message>
            <source>Dropped</source>
            <translation>Abgebrochen</translation>
        </message>
        <message>
            <source>Series</source>
            <translation>Serie</translation>
        </message>
        <message>
            <source>Film</source>
            <translation>Film</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Offen</translation>
        </message>
        <message>
            <source>Doubtful</source>
            <translation>Zweifelhaft</translation>
        </message>
        <message>
            <source>Debunked</source>
            <translation>Widerlegt</translation>
        </message>
    </context>
    <context>
        <name>WatchlistModel</name>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>Season</source>
            <translation>Staffel</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Expected</source>
            <translation>Erwartet</translation>
        </message>
        <message>
            <source>Watch</source>
            <translation>Mein Stand</translation>
        </message>
        <message>
            <source>No release date or window known yet</source>
            <translation>Noch kein Starttermin und kein Zeitfenster bekannt</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>unbekannt</translation>
        </message>
        <message>
            <source>Best estimate: %1 (%2)</source>
            <translation>Beste Schätzung: %1 (%2)</translation>
        </message>
        <message>
            <source>This window has passed without a release</source>
            <translation>Dieses Zeitfenster ist ohne Start verstrichen</translation>
        </message>
    </context>
    <context>
        <name>WatchlistView</name>
        <message>
            <source>Filter by title, original title or network   (Ctrl+F)</source>
            <translation>Nach Titel, Originaltitel oder Sender filtern   (Strg+F)</translation>
        </message>
        <message>
            <source>Filter the watchlist</source>
            <translation>Die Merkliste filtern</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>Alle Status</translation>
        </message>
        <message>
            <source>Show only titles with this status</source>
            <translation>Nur Titel mit diesem Status zeigen</translation>
        </message>
        <message>
            <source>Add show…</source>
            <translation>Hinzufügen…</translation>
        </message>
        <message>
            <source>Watchlist</source>
            <translation>Merkliste</translation>
        </message>
        <message>
            <source>One row per title; Up and Down move between titles</source>
            <translation>Eine Zeile je Titel; Auf und Ab wechseln zwischen den Titeln</translation>
        </message>
    </context>
    <context>
        <name>WhatsNext</name>
        <message numerus="yes">
            <source>%n unread alert(s)</source>
            <translation>
                <numerusform>%n ungelesene Meldung</numerusform>
                <numerusform>%n ungelesene Meldungen</numerusform>
            </translation>
        </message>
        <message>
            <source>today</source>
            <translation>heute</translation>
        </message>
        <message>
            <source>tomorrow</source>
            <translation>morgen</translation>
        </message>
        <message numerus="yes">
            <source>in %n day(s)</source>
            <translation>
                <numerusform>in %n Tag</numerusform>
                <numerusform>in %n Tagen</numerusform>
            </translation>
        </message>
        <message>
            <source>opens tomorrow</source>
            <translation>öffnet morgen</translation>
        </message>
        <message numerus="yes">
            <source>opens in %n day(s)</source>
            <translation>
                <numerusform>öffnet in %n Tag</numerusform>
                <numerusform>öffnet in %n Tagen</numerusform>
            </translation>
        </message>
        <message>
            <source>due by %1</source>
            <translation>fällig bis %1</translation>
        </message>
        <message numerus="yes">
            <source>%n title(s)</source>
            <translation>
                <numerusform>%n Titel</numerusform>
                <numerusform>%n Titel</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Windows</name>
        <message>
            <source>early %1</source>
            <translation>Anfang %1</translation>
        </message>
        <message>
            <source>mid %1</source>
            <translation>Mitte %1</translation>
        </message>
        <message>
            <source>late %1</source>
            <translation>Ende %1</translation>
        </message>
        <message>
            <source>spring %1</source>
            <translation>Frühjahr %1</translation>
        </message>
        <message>
            <source>summer %1</source>
            <translation>Sommer %1</translation>
        </message>
        <message>
            <source>fall %1</source>
            <translation>Herbst %1</translation>
        </message>
        <message>
            <source>winter %1</source>
            <translation>Winter %1</translation>
        </message>
        <message>
            <source>Q%1 %2</source>
            <translation>Q%1 %2</translation>
        </message>
        <message>
            <source>first half of %1</source>
            <translation>erstes Halbjahr %1</translation>
        </message>
        <message>
            <source>second half of %1</source>
            <translation>zweites Halbjahr %1</translation>
        </message>
    </context>
    <context>
        <name>Wording</name>
        <message>
            <source>%1, season %2</source>
            <translation>%1, Staffel %2</translation>
        </message>
        <message>
            <source>(%1, %2)</source>
            <translation>(%1, %2)</translation>
        </message>
        <message>
            <source>(%1)</source>
            <translation>(%1)</translation>
        </message>
        <message>
            <source>today</source>
            <translation>heute</translation>
        </message>
        <message>
            <source>tomorrow</source>
            <translation>morgen</translation>
        </message>
        <message numerus="yes">
            <source>in %n day(s)</source>
            <translation>
                <numerusform>in %n Tag</numerusform>
                <numerusform>in %n Tagen</numerusform>
            </translation>
        </message>
        <message>
            <source>out %1, %2</source>
            <translation>erscheint %1, %2</translation>
        </message>
        <message>
            <source>release window %1 starts %2 %3</source>
            <translation>Zeitfenster %1 beginnt %2 %3</translation>
        </message>
        <message>
            <source>out today, %1</source>
            <translation>erscheint heute, %1</translation>
        </message>
        <message>
            <source>release window %1 starts today %2</source>
            <translation>Zeitfenster %1 beginnt heute %2</translation>
        </message>
        <message>
            <source>, was %1</source>
            <translation>, zuvor %1</translation>
        </message>
        <message>
            <source>official date moved to %1 %2</source>
            <translation>offizieller Termin verschoben auf %1 %2</translation>
        </message>
        <message>
            <source>official date %1 %2</source>
            <translation>offizieller Termin %1 %2</translation>
        </message>
        <message>
            <source>new release estimate, %1</source>
            <translation>neue Schätzung zum Start: %1</translation>
        </message>
        <message>
            <source>%1 on %2 %3</source>
            <translation>%1 am %2 %3</translation>
        </message>
        <message>
            <source>%1 since %2 %3</source>
            <translation>%1 seit %2 %3</translation>
        </message>
        <message>
            <source>back to %1%2 %3</source>
            <translation>wieder %1%2 %3</translation>
        </message>
        <message>
            <source>now %1%2 %3</source>
            <translation>jetzt %1%2 %3</translation>
        </message>
        <message>
            <source>at %1 (%2)</source>
            <translation>am %1 (%2)</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) before release</source>
            <translation>
                <numerusform>%n Tag vor dem Start</numerusform>
                <numerusform>%n Tage vor dem Start</numerusform>
            </translation>
        </message>
        <message>
            <source>on release day</source>
            <translation>am Starttag</translation>
        </message>
        <message>
            <source>%1 and %2</source>
            <translation>%1 und %2</translation>
        </message>
        <message>
            <source>%1 at %2 (%3)</source>
            <translation>%1 um %2 (%3)</translation>
        </message>
        <message>
            <source>, also at a window's start</source>
            <translation>, auch zu Beginn eines Zeitfensters</translation>
        </message>
    </context>
</TS>
