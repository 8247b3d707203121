### Mappe-App (die Mappe der Person unter /app/): Deutsch.
### Status: von den Entwicklern geschrieben und gelesen. Einfache Sprache, Anrede mit "Sie".
### Gleiche Nachrichten-IDs und Variablen wie en.ftl (geprüft von app/test/unit/).

app-name = Mappe
app-tagline = Ihre Papiere, auf Ihrem Handy, verschlüsselt.
language-self = Deutsch
language = Sprache
loading = Wird geladen …
back = Zurück
cancel = Abbrechen
save = Speichern
edit = Ändern
remove = Entfernen
yes-remove = Ja, entfernen
close = Schließen
next = Weiter
print = Drucken
lock = Sperren
working = Einen Moment …

## Start: anlegen, öffnen, wiederherstellen.

start-create-title = Neue Mappe anlegen
start-create-intro = Wählen Sie ein Passwort. Sie brauchen es jedes Mal, wenn Sie Mappe öffnen. Niemand kann es für Sie zurücksetzen.
passphrase = Passwort
passphrase-again = Passwort noch einmal
passphrase-mismatch = Die beiden Passwörter sind nicht gleich.
passphrase-short = Bitte mindestens 8 Zeichen verwenden.
create = Mappe anlegen
start-unlock-title = Mappe öffnen
unlock = Öffnen
start-forgot = Passwort vergessen oder neues Handy?
start-recover = Mit dem Wiederherstellungscode zurückholen
start-new-instead = Stattdessen neue Mappe anlegen

recovery-title = Ihr Wiederherstellungscode
recovery-intro = Schreiben Sie diesen Code auf Papier oder drucken Sie ihn aus. Bewahren Sie ihn sicher auf, nicht beim Handy.
recovery-once = Er wird nur jetzt gezeigt. Wer ihn hat, kann Ihre Mappe öffnen.
recovery-written = Ich habe ihn aufgeschrieben
recovery-confirm-title = Wiederherstellungscode prüfen
# $n: Nummer der Gruppe.
recovery-confirm-group = Gruppe { $n }
recovery-confirm-wrong = Das stimmt nicht. Sehen Sie noch einmal auf Ihr Papier.
recovery-confirm-ok = Bestätigen
recovery-show-again = Code noch einmal zeigen

recover-title = Mappe wiederherstellen
recover-intro = Geben Sie Ihren Wiederherstellungscode ein und wählen Sie ein neues Passwort.
recover-code = Wiederherstellungscode
recover-relay = Adresse des Relays (wenn Ihre Mappe synchronisiert war)
recover-relay-hint = Lassen Sie das Feld so, wenn Sie es nicht wissen. Dann beginnt die Mappe leer.
recover-go = Wiederherstellen
recover-synced = Ihre Mappe wurde vom Relay zurückgeholt.
recover-empty = Ihre Schlüssel sind zurück. Die Mappe ist leer, bis Sie sie synchronisieren.

locked-idle = Nach 5 Minuten ohne Benutzung gesperrt.

## Startseite: die Bereiche.

home-title = Meine Papiere
section-profile = Über mich
section-cv = Lebenslauf
section-certificates = Zeugnisse und Zertifikate
section-residence = Aufenthaltspapiere
nav-home = Papiere
nav-share = Teilen
nav-shares = Geteilt
nav-sync = Abgleich
nav-backup = Sicherung
empty-section = Noch nichts eingetragen.
add = Hinzufügen
add-cv = Eintrag zum Lebenslauf hinzufügen
add-certificate = Zeugnis hinzufügen
add-residence = Aufenthaltspapier hinzufügen
remove-confirm = Diesen Eintrag entfernen? Sein Scan wird auch entfernt.
saved = Gespeichert.
fingerprint = Ihr Schlüssel: { $fingerprint }

## Wichtig für Sie (Startseite).

# unreviewed
attention-title = Wichtig für Sie
# unreviewed
urgency-expired = Abgelaufen
# unreviewed
urgency-within_30_days = Innerhalb von 30 Tagen
# unreviewed
urgency-within_90_days = Innerhalb von 90 Tagen
# unreviewed
urgency-info = Gut zu wissen
# unreviewed
notice-confirmation = Bestätigung von { $name }
# unreviewed
notice-share = Geteilt mit { $name }
# unreviewed
notice-live-share = Live-Freigabe: { $name }
# unreviewed
notice-left = Gültig bis { $date }. { $days ->
    [one] Noch 1 Tag.
   *[other] Noch { $days } Tage.
}
# unreviewed
notice-ended = Abgelaufen am { $date }.
# unreviewed
notice-superseded = Abgelaufen am { $date }. Ein neueres Papier ist gültig: nichts zu tun.
# unreviewed
notice-share-ends = Endet am { $date }.
# unreviewed
notice-live-stopped = Sie folgt Ihren Änderungen nicht mehr.
# unreviewed
notice-unopened = Niemand hat sie geöffnet, seit Sie sie am { $date } geteilt haben.
# unreviewed
advice-residence-extend = Beantragen Sie die Verlängerung rechtzeitig bei der Ausländerbehörde, bevor es abläuft. Ist bis dahin nicht entschieden, bekommen Sie eine Fiktionsbescheinigung: Nehmen Sie sie mit und bewahren Sie sie bei Ihren Papieren auf.
# unreviewed
advice-residence-expired = Gehen Sie jetzt zur Ausländerbehörde. Wenn Sie vor dem Ablauf einen Antrag gestellt haben, fragen Sie nach Ihrer Fiktionsbescheinigung. Eine Migrationsberatungsstelle hilft Ihnen.
# unreviewed
advice-attestation-renew = Bitten Sie die Behörde um eine neue Bestätigung, wenn Sie sie noch brauchen.
# unreviewed
advice-share-again = Beenden Sie diese Freigabe und teilen Sie neu, wenn die Behörde es noch braucht.
# unreviewed
advice-share-unopened = Fragen Sie bei der Behörde nach, ob der Link oder QR-Code angekommen ist. Teilen Sie neu, wenn er verloren ging.
# unreviewed
paper-expired = Abgelaufen am { $date }

## Angaben zur Person.

profile-given_names = Vornamen
profile-family_name = Familienname
profile-aliases = Andere Namen (einer pro Zeile)
profile-birth_date = Geburtsdatum
profile-birth_place = Geburtsort
profile-nationality = Staatsangehörigkeit
profile-languages = Sprachen (eine pro Zeile, z. B. "Arabisch:native" oder "Deutsch:B1")
profile-contact_phone = Telefon
profile-contact_email = E-Mail
profile-contact_address = Adresse
profile-edit = Angaben ändern
not-set = nicht angegeben

## Felder der Einträge.

field-kind = Art
field-title = Bezeichnung
field-organisation = Schule, Arbeitgeber oder Kursanbieter
field-place = Ort
field-from = Von
field-to = Bis
field-description = Beschreibung
field-issuer = Ausgestellt von
field-issued_on = Ausgestellt am
field-cefr_level = Niveau
field-exam = Prüfung
field-number = Dokumentnummer
field-valid_until = Gültig bis
field-authority = Behörde
# unreviewed
field-legal_basis = Rechtsgrundlage
# unreviewed
legal_basis-hint = Zum Beispiel § 16a AufenthG (steht auf der Karte oder dem Papier).
# unreviewed
field-work = Erwerbstätigkeit
# unreviewed
field-conditions = Auflagen
field-scan = Scan
scan-camera = Foto machen
scan-file = Datei wählen
scan-show = Scan zeigen
scan-hint = Foto (JPEG, PNG) oder PDF.
scan-bad-type = Bitte eine JPEG-, PNG- oder PDF-Datei wählen.
date-hint = Jahr, oder Jahr und Monat, oder ein ganzes Datum.

kind-education = Schule oder Studium
kind-work = Arbeit
kind-training = Ausbildung oder Kurs
kind-other = Sonstiges
kind-language = Sprachzertifikat
kind-qualification = Berufs- oder Schulabschluss
kind-recognition = Anerkennung eines ausländischen Abschlusses
kind-aufenthaltserlaubnis = Aufenthaltserlaubnis
kind-niederlassungserlaubnis = Niederlassungserlaubnis
kind-aufenthaltsgestattung = Aufenthaltsgestattung
kind-duldung = Duldung
kind-fiktionsbescheinigung = Fiktionsbescheinigung
kind-visa = Visum
kind-eu_citizen = EU-Bürger oder EU-Bürgerin
level-none = kein Niveau
# unreviewed
work-none = nicht angegeben
# unreviewed
work-permitted = Erwerbstätigkeit gestattet
# unreviewed
work-permitted_with_approval = Beschäftigung nur mit Erlaubnis der Ausländerbehörde
# unreviewed
work-not_permitted = Erwerbstätigkeit nicht gestattet

## Teilen.

share-title = Mit einer Behörde teilen
share-what = Was möchten Sie zeigen?
share-nothing = Wählen Sie mindestens eine Sache zum Teilen.
share-expiry = Wie lange?
# $days: 7, 30 oder 90.
share-days = { $days ->
    [one] { $days } Tag
   *[other] { $days } Tage
}
share-opens = Wie oft darf es geöffnet werden?
share-opens-unlimited = So oft wie nötig
# $count: 1, 3 oder 10.
share-opens-count = { $count ->
    [one] Einmal
   *[other] { $count }-mal
}
share-live = Spätere Korrekturen und neue Einträge auch schicken?
share-live-yes = Ja, Änderungen schicken
share-live-no = Nein, nur so wie jetzt
share-who = Wer darf es öffnen?
share-who-anyone = Jede Person, der ich den Code zeige
share-who-office = Nur eine Behörde (ihre Karte scannen)
share-scan-card = Karte der Behörde scannen
share-card-file = Datei der Karte wählen
# $name: Name der Behörde aus ihrer Karte (nicht übersetzt); $fingerprint: ihr Schlüssel.
share-office = Behörde: { $name } ({ $fingerprint })
share-purpose = Wofür ist es? (freiwillig)
share-preview = Prüfen
share-consent-title = Bitte lesen Sie das vor dem Teilen
share-confirm = Ja, teilen
share-qr-title = Zeigen Sie diesen Code der Behörde
share-qr-done = Fertig
share-relay-needed = Zum Teilen braucht es Internet. Versuchen Sie es wieder, wenn Sie online sind.

## Scannen.

scan-title = Halten Sie die Karte der Behörde vor die Kamera
scan-no-camera = Die Kamera kann nicht benutzt werden. Wählen Sie stattdessen die Datei der Karte.
scan-no-code = Kein Code einer Behördenkarte gefunden.

## Geteilt.

shares-title = Was ich geteilt habe
shares-none = Sie haben noch nichts geteilt.
shares-refresh = Aktualisieren
status-active = Aktiv
status-pending = Wird hochgeladen
status-revoked = Zurückgezogen
status-expired = Abgelaufen
status-used_up = Aufgebraucht
status-unknown = Zustand unbekannt
# $date: Datum und Uhrzeit.
shares-until = Gültig bis { $date }
# $count: wie oft geöffnet.
shares-opened = { $count ->
    [0] Noch nicht geöffnet
    [one] Einmal geöffnet
   *[other] { $count }-mal geöffnet
}
# $date: Datum und Uhrzeit; $by: wer geöffnet hat.
shares-log-line = { $date }: { $by }
shares-by-bearer = jemand mit dem Code
shares-for-anyone = Für alle mit dem Code
# $name: Name der Behörde.
shares-for-office = Für { $name }
shares-live = Schickt Korrekturen und neue Einträge
shares-revoke = Zurückziehen
shares-revoke-title = Diese Freigabe zurückziehen?
shares-revoke-warning = Zurückziehen verhindert jedes weitere Öffnen. Was schon geöffnet, gesehen oder gespeichert wurde, kann es nicht zurückholen.
shares-revoke-yes = Ja, zurückziehen
shares-revoked = Die Freigabe ist zurückgezogen.
shares-offline = Sie sind offline. Die Liste ist vom letzten Aktualisieren.

## Abgleich.

sync-title = Abgleich
sync-intro = Halten Sie Ihre Mappe auf dem Handy und anderen Geräten gleich. Das Relay speichert sie verschlüsselt.
sync-relay = Adresse des Relays
sync-now = Jetzt abgleichen
sync-never = Noch nie abgeglichen.
# $date: Datum und Uhrzeit.
sync-last = Letzter Abgleich: { $date }
sync-ok = Abgeglichen.
# $count: wie viele Änderungen.
sync-report = { $count ->
    [0] Nichts Neues.
    [one] 1 Änderung.
   *[other] { $count } Änderungen.
}
sync-offline = Sie sind offline. Mappe gleicht ab, sobald Sie wieder online sind.
sync-queued = Wartet auf Internet.

## Sicherung.

backup-title = Sicherung
backup-intro = Speichern Sie eine Sicherungsdatei an einem sicheren Ort (USB-Stick, Ihre E-Mail). Sie ist verschlüsselt: Ohne Ihr Passwort kann niemand sie lesen.
backup-export = Sicherungsdatei speichern
backup-restore = Aus einer Sicherungsdatei zurückholen
backup-restore-warning = Das Zurückholen ersetzt die Mappe auf diesem Handy. Öffnen Sie sie danach mit dem Passwort der Sicherung.
backup-restored = Die Sicherung wurde zurückgeholt. Öffnen Sie sie mit ihrem Passwort.
backup-bad = Das ist keine Mappe-Sicherung, oder sie ist beschädigt.
backup-storage-note = Ihr Browser kann gespeicherte Daten löschen, wenn der Platz knapp wird. Machen Sie eine Sicherung oder gleichen Sie ab.

## Fehler, nach dem Code aus dem Kern (docs/wasm-api.md).

error-wrong_passphrase = Das Passwort stimmt nicht. Bitte versuchen Sie es noch einmal.
error-integrity = Die gespeicherten Daten sind beschädigt oder wurden verändert. Nichts wurde geändert oder überschrieben. Holen Sie eine Sicherung zurück oder gleichen Sie ab.
error-format = Das ist keine Mappe-Datei, oder sie ist von einer neueren Version.
error-recovery_code = Der Wiederherstellungscode ist falsch eingegeben. Prüfen Sie jede Gruppe.
error-bad_input = Dieser Wert wird nicht angenommen. Bitte prüfen Sie ihn.
error-not_found = Diesen Eintrag gibt es nicht mehr.
error-too_large = Das ist zu groß.
error-unreachable = Das Relay ist nicht erreichbar. Prüfen Sie die Internetverbindung.
error-relay = Das Relay hat das abgelehnt. Bitte versuchen Sie es später noch einmal.
error-withheld = Dem Relay fehlen Änderungen, die dieses Handy schon hat. Nichts wurde zusammengeführt. Nehmen Sie ein anderes Relay oder fragen Sie nach Hilfe.
error-revoked = Diese Freigabe wurde zurückgezogen.
error-expired = Diese Freigabe ist abgelaufen.
error-used_up = Diese Freigabe wurde so oft geöffnet wie erlaubt.
error-internal = In Mappe ist etwas schiefgegangen. Bitte sagen Sie es den Leuten, die Mappe betreuen.
error-storage = Der Browser konnte die Daten nicht speichern. Machen Sie Platz frei und versuchen Sie es noch einmal.
error-camera = Die Kamera konnte nicht gestartet werden.
error-detail = Genauer: { $detail }

## Bestätigungen von Behörden: eine Behörde bestätigt ein Papier (docs/spec/attestation-v1.md).

key-open = Mein Schlüssel für Behörden
key-title = Mein Schlüssel für Behörden
key-intro = Eine Behörde kann eines Ihrer Papiere bestätigen. Dafür braucht sie Ihren Schlüssel. Zeigen Sie der Behörde diesen QR-Code oder geben Sie ihr den Schlüssel als Text.
key-key = Ihr Schlüssel
key-fingerprint = Fingerabdruck
key-fingerprint-hint = Vergleichen Sie den Fingerabdruck laut mit der Behörde.
key-copy = Schlüssel kopieren
key-copied = Der Schlüssel wurde kopiert.
key-copy-failed = Der Schlüssel konnte nicht kopiert werden. Markieren Sie stattdessen den Text.
key-not-secret = Der Schlüssel ist nicht geheim. Mit ihm kann eine Behörde nur eine Bestätigung für Sie ausstellen.

attest-add = Bestätigung einer Behörde hinzufügen
attest-renew = Neuere Bestätigung hinzufügen
attest-title = Bestätigung einer Behörde
attest-intro = Die Behörde gibt Ihnen einen Text, eine Datei oder einen QR-Code. Mappe prüft ihn und bewahrt ihn bei diesem Papier auf.
attest-paste = Text der Behörde hier einfügen
attest-import = Bestätigung hinzufügen
attest-or = Oder:
attest-file = Datei wählen
attest-scan = QR-Code scannen
attest-scan-title = Halten Sie den QR-Code der Behörde vor die Kamera
attest-no-camera = Die Kamera kann nicht benutzt werden. Wählen Sie stattdessen die Datei.
attest-no-code = In diesem Bild wurde kein QR-Code gefunden.
attest-empty = Fügen Sie zuerst den Text ein, wählen Sie die Datei oder scannen Sie den Code.
attest-added = Die Bestätigung wurde geprüft und hinzugefügt.
attest-some-office = einer Behörde
# $name: der Name der Behörde, wie sie ihn angibt (nicht übersetzt); $date: der letzte gültige Tag.
attest-badge = Bestätigt von { $name } bis { $date }
# $name: der Name der Behörde; $date: der letzte gültige Tag.
attest-badge-expired = Bestätigung abgelaufen: { $name }, gültig bis { $date }
attest-facts = Von der Behörde bestätigt:
attest-error-other_holder = Diese Bestätigung wurde für den Schlüssel einer anderen Person ausgestellt. Nichts wurde geändert. Geben Sie der Behörde Ihren eigenen Schlüssel (Mein Schlüssel für Behörden).
attest-error-wrong_paper = Diese Bestätigung gehört zu einer anderen Art von Papier. Fügen Sie sie beim passenden Papier hinzu.
attest-error-unreadable = Das ist keine Bestätigung einer Behörde, die Mappe lesen kann. Nichts wurde geändert.
attest-error-integrity = Diese Bestätigung wurde verändert oder ist beschädigt. Nichts wurde geändert. Bitten Sie die Behörde, sie noch einmal auszustellen.
attest-error-expired = Diese Bestätigung ist abgelaufen. Nichts wurde geändert. Bitten Sie die Behörde um eine neue.
attest-error-not_yet_valid = Diese Bestätigung gilt noch nicht. Prüfen Sie das Datum auf Ihrem Handy.

# $name: der Name der Behörde.
share-attest-title = Bestätigt von { $name }. Welche Angaben wollen Sie zeigen?
share-attest-hint = Nur die angekreuzten Angaben werden gesendet. Der Empfänger kann die Signatur der Behörde prüfen.
share-attest-nothing = Wählen Sie oben auch mindestens eine Sache, zum Beispiel Ihren Namen.

claim-kind = Art
claim-number = Nummer
claim-valid_from = Gültig ab
claim-valid_until = Gültig bis
claim-legal_basis = Rechtsgrundlage
claim-work_permitted = Erwerbstätigkeit erlaubt
claim-level = Niveau
claim-issuer = Ausgestellt von
claim-date = Datum
claim-degree = Abschluss
claim-decision = Entscheidung
claim-yes = ja
claim-no = nein

## Mein Lebenslauf: Vorschau, dann drucken oder als PDF speichern.

# unreviewed
cv-open = Mein Lebenslauf
# unreviewed
cv-title = Mein Lebenslauf
# unreviewed
cv-intro = Aus „Über mich“, Ihren Einträgen zum Lebenslauf und Ihren Zeugnissen. Aufenthaltspapiere stehen nie darauf.
# unreviewed
cv-lang = Sprache des Lebenslaufs
# unreviewed
cv-lang-hint = Arbeitgeber in Deutschland erwarten einen Lebenslauf auf Deutsch.
# unreviewed
cv-photo = Foto (freiwillig)
# unreviewed
cv-photo-pick = Foto wählen
# unreviewed
cv-photo-none = Ohne Foto
# unreviewed
cv-photo-hint = Ein JPEG- oder PNG-Bild, höchstens 5 MB. Es bleibt auf Ihrem Telefon.
# unreviewed
cv-photo-bad = Dieses Bild geht nicht. Bitte ein JPEG- oder PNG-Foto mit höchstens 5 MB wählen.
# unreviewed
cv-place = Ort (freiwillig)
# unreviewed
cv-place-hint = Für die letzte Zeile, zum Beispiel „Berlin, den 02.12.2026“.
# unreviewed
cv-preview = Vorschau Ihres Lebenslaufs
# unreviewed
cv-print = Drucken oder als PDF speichern
# unreviewed
cv-print-hint = Im Druckfenster „Als PDF speichern“ wählen, um eine Datei zu erhalten.
