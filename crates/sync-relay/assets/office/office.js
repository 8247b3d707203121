var Qe=`### Mappe-Schreibtisch für Stellen (die Seite der Sachbearbeitung unter /office/): Deutsch.
### Stand: von den Entwicklern geschrieben und gelesen.
### Genau die Nachrichten-IDs und Variablen von en.ftl (geprüft von app/test/unit/translations.test.js).

app-name = Mappe-Schreibtisch
language-self = Deutsch
language = Sprache
back = Zurück
cancel = Abbrechen
close = Schließen
print = Drucken
lock = Sitzung beenden
working = Einen Moment …

## Start: anlegen, übernehmen, öffnen.

start-intro = Öffnen Sie Unterlagen, die Menschen aus ihrer Mappe mit Ihrer Stelle teilen. Entschlüsselt wird nur in diesem Browser.
start-create-title = Schlüssel der Stelle anlegen
start-create-intro = Ein Schlüssel für die ganze Stelle (zum Beispiel ein Team). Seine Karte scannen die Menschen, um mit Ihnen zu teilen.
office-name = Name der Stelle
office-name-hint = So, wie die Menschen sie kennen, zum Beispiel „Jobcenter Musterstadt, Team 3“.
office-kind = Art der Stelle
passphrase = Passphrase
passphrase-again = Passphrase wiederholen
passphrase-hint = Mindestens 8 Zeichen. Alle, die an diesem Platz Freigaben öffnen, brauchen sie.
passphrase-mismatch = Die beiden Passphrasen sind nicht gleich.
passphrase-short = Bitte mindestens 8 Zeichen verwenden.
name-missing = Bitte den Namen der Stelle eingeben.
create = Schlüssel anlegen
start-import-title = Vorhandenen Schlüssel der Stelle verwenden
start-import-intro = Von einem anderen PC dieser Stelle (eine Export-Datei) oder mit der Kommandozeile angelegt (die beiden Dateien keystore.mappe und agency.json aus ihrem Ordner).
import-files = Dateien auswählen
import-done = Der Schlüssel der Stelle ist jetzt in diesem Browser gespeichert. Öffnen Sie ihn mit seiner Passphrase.
start-unlock-title = Schreibtisch öffnen
unlock-office = Stelle: { $name }
unlock = Öffnen
start-other-key = Einen anderen Schlüssel in diesem Browser verwenden
start-other-key-warning = Dadurch wird der Schlüssel der Stelle aus diesem Browser gelöscht. Exportieren Sie ihn vorher, wenn er nirgends sonst gespeichert ist.
start-other-key-yes = Ja, aus diesem Browser löschen

locked-idle = Die Sitzung wurde nach 15 Minuten ohne Nutzung beendet.

recovery-title = Wiederherstellungscode des Schlüssels
recovery-intro = Schreiben Sie diesen Code auf Papier und schließen Sie ihn weg. Mit ihm lässt sich der Schlüssel neu herstellen, wenn alle Kopien verloren sind.
recovery-once = Er wird nur jetzt angezeigt. Wer ihn hat, kann alles öffnen, was mit Ihrer Stelle geteilt wird.
recovery-written = Ich habe ihn aufgeschrieben

## Arten von Stellen.

kind-jobcenter = Jobcenter
kind-auslaenderbehoerde = Ausländerbehörde
kind-sozialamt = Sozialamt
kind-agentur_fuer_arbeit = Agentur für Arbeit
kind-bamf = Bundesamt für Migration und Flüchtlinge (BAMF)
kind-beratungsstelle = Beratungsstelle
kind-sprachschule = Sprachschule
kind-other = Andere

## Der Schreibtisch.

desk-title = Schreibtisch
desk-card-title = Karte Ihrer Stelle
desk-card-intro = Diesen Code scannen die Menschen mit ihrer Mappe, um Unterlagen nur mit Ihrer Stelle zu teilen.
desk-fingerprint = Schlüssel
desk-poster = Aushang für den Tresen (A4)
desk-export = Schlüssel der Stelle exportieren
desk-export-intro = Für einen zweiten PC derselben Stelle. Die Datei bleibt mit der Passphrase verschlossen.
desk-export-done = Die Export-Datei wurde gespeichert. Übernehmen Sie sie auf dem anderen PC und öffnen Sie sie mit derselben Passphrase.
desk-open-title = Freigabe öffnen
desk-open-intro = Scannen Sie den Code, den die Person zeigt, oder fügen Sie den Link ein.
open-scan = Mit der Kamera scannen
open-link = Link
open-link-go = Öffnen
open-picture = Aus einem Bild
open-opening = Wird geöffnet und geprüft …
scan-title = Halten Sie den Code vor die Kamera
scan-no-camera = Die Kamera lässt sich nicht verwenden. Fügen Sie den Link ein oder wählen Sie ein Bild.
scan-no-code = In diesem Bild wurde kein Code gefunden.
open-other-relay = Diese Freigabe liegt auf einem anderen Relay ({ $host }). Öffnen Sie sie am Schreibtisch dieses Relays.
not-a-link = Das ist kein Link einer Mappe-Freigabe.

poster-title = Teilen Sie Ihre Unterlagen mit uns
poster-text = Öffnen Sie Mappe auf Ihrem Handy, wählen Sie „Teilen“, dann „Nur eine Stelle“, und scannen Sie diesen Code.
poster-check = Prüfen Sie, dass die App diese Stelle und diesen Schlüssel anzeigt:

## Eine Freigabe.

share-stated = Angaben der Person, seit der Freigabe unverändert
share-stated-text = Signiert von der Mappe mit diesem Schlüssel und seit der Freigabe unverändert:
share-stated-note = Das zeigt, wer sie freigegeben hat und dass nichts verändert wurde – nicht, dass die Angaben stimmen.
share-from-sitting = Aus dieser Sitzung angezeigt, nicht erneut abgerufen.
share-fetch-again = Erneut abrufen (verbraucht eine weitere Öffnung)
share-fetch-again-confirm = Erneutes Abrufen verbraucht eine weitere der erlaubten Öffnungen. Erneut abrufen?
share-fetch-again-yes = Ja, erneut abrufen
share-shared-with = Freigegeben für
share-anyone = Jede Person mit dem Code oder Link
share-office = { $name }
share-purpose = Zweck
share-valid-until = Gültig bis
share-opens = Geöffnet
share-opens-of = { $opens } von { $max } Mal
share-opens-unlimited = { $opens } Mal (ohne Begrenzung)
share-revision = Version
share-live = Aktuell gehalten: spätere Korrekturen kommen beim nächsten Öffnen mit.
share-revised = Zuletzt korrigiert
share-changed-title = Geändert seit Ihrem letzten Öffnen
share-changed-intro = Seit Version { $revision }:
share-changed-none = Seit Ihrem letzten Öffnen hat sich nichts geändert.
share-changed-added = (neu)
share-changed-removed = (entfernt)
share-fields = Freigegebene Unterlagen, wie von der Person angegeben
share-scans = Scans
share-scan-size = { $size }
share-scan-open = Öffnen
share-scan-download = Herunterladen
share-consent-title = Was der Person gezeigt wurde und wozu sie zugestimmt hat
share-consent-lang = Auf { $lang }
share-record = Nachweis für die Akte drucken
share-close = Freigabe schließen
share-id = Freigabe-Nr.
share-created = Freigegeben am

## Bestätigungen von Stellen (Attestierungen), getrennt von den Angaben der Person.

attest-title = Bestätigungen von Stellen
attest-intro = Diese Angaben hat eine Stelle selbst signiert. Jede wird für sich geprüft.
attest-confirmed = Bestätigt von { $name } am { $date }
attest-untrusted = Signiert von einer Stelle, die nicht auf Ihrer Vertrauensliste steht
attest-status-unknown = Nicht prüfbar, ob die Stelle sie widerrufen hat
attest-withdrawn = Von der Stelle widerrufen
attest-expired = Die Bestätigung ist am { $date } abgelaufen
attest-not-yet-valid = Die Bestätigung ist in die Zukunft datiert ({ $date })
attest-invalid = Ungültig – nicht angezeigt: { $reason }
attest-reason-malformed = sie ist beschädigt oder keine Bestätigung einer Stelle
attest-reason-algorithm = ihr Signaturverfahren wird nicht akzeptiert
attest-reason-bad_signature = die Signatur der Stelle passt nicht, sie wurde verändert
attest-reason-bad_disclosure = eine Angabe darin wurde nicht von der Stelle signiert
attest-reason-bad_key_binding = sie ist nicht an diese Freigabe gebunden
attest-reason-other_holder = sie wurde für eine andere Person ausgestellt
attest-reason-unknown_type = eine unbekannte Art von Unterlage
attest-reason-bad_claim = eine Angabe darin hat nicht die richtige Form
attest-reason-too_large = sie ist zu groß
attest-reason-other = eine Prüfung ist fehlgeschlagen ({ $detail })
attest-trust-problem = Die Vertrauensliste der Stellen konnte nicht verwendet werden. Keine Stelle gilt als darauf verzeichnet.
attest-kind = Unterlage
attest-kind-residence = Aufenthaltspapier
attest-kind-certificate = Zeugnis oder Zertifikat
attest-kind-recognition = Anerkennung einer ausländischen Qualifikation
attest-about = Zum Eintrag
attest-facts-confirmed = Bestätigte Angaben
attest-facts = Von der Stelle signierte Angaben (nicht bestätigt)
attest-facts-none = Keine Angaben gezeigt.
attest-office = Stelle
attest-office-unlisted = Nicht auf Ihrer Vertrauensliste
attest-office-key = Schlüssel der Stelle
attest-issued = Ausgestellt am
attest-expires = Bestätigung gültig bis
attest-status-as-of = Widerrufsliste geprüft
attest-yes = ja
attest-no = nein

## Angaben, die eine Stelle bestätigen kann.

claim-kind = Art
claim-number = Dokumentnummer
claim-valid_from = Gültig ab
claim-valid_until = Gültig bis
claim-legal_basis = Rechtsgrundlage
claim-work_permitted = Erwerbstätigkeit erlaubt
claim-level = Niveau
claim-issuer = Ausgestellt von
claim-date = Datum
claim-degree = Abschluss
claim-decision = Entscheidung

record-title = Nachweis einer geprüften Mappe-Freigabe
record-retrieved = Abgerufen am { $date }
record-by = von { $name } (Schlüssel { $fingerprint })
record-from = Daten aus der Mappe mit dem Schlüssel

section-profile = Persönliche Angaben
section-cv = Lebenslauf
section-certificates = Zertifikate und Abschlüsse
section-residence = Aufenthaltspapiere
section-other = Weitere Angaben
empty = —

## Feldnamen.

field-given_names = Vornamen
field-family_name = Familienname
field-aliases = Andere Schreibweisen
field-birth_date = Geburtsdatum
field-birth_place = Geburtsort
field-nationality = Staatsangehörigkeit
field-languages = Sprachen
field-contact = Kontakt
field-phone = Telefon
field-email = E-Mail
field-address = Anschrift
field-kind = Art
field-title = Bezeichnung
field-organisation = Schule, Arbeitgeber, Anbieter
field-place = Ort
field-from = Von
field-to = Bis
field-description = Beschreibung
field-issuer = Ausgestellt von
field-issued_on = Ausgestellt am
field-cefr_level = Sprachniveau (GER)
field-exam = Prüfung
field-number = Nummer
field-valid_until = Gültig bis
field-authority = Behörde
field-language = Sprache
field-level = Niveau
# unreviewed
field-legal_basis = Rechtsgrundlage
# unreviewed
field-work = Erwerbstätigkeit
# unreviewed
field-conditions = Auflagen
# unreviewed
work-permitted = Erwerbstätigkeit gestattet
# unreviewed
work-permitted_with_approval = Beschäftigung nur mit Erlaubnis der Ausländerbehörde
# unreviewed
work-not_permitted = Erwerbstätigkeit nicht gestattet

item-education = Schule und Ausbildung
item-work = Berufstätigkeit
item-training = Weiterbildung
item-other = Sonstiges
item-language = Sprachzertifikat
item-qualification = Qualifikation
item-recognition = Anerkennungsbescheid
item-aufenthaltserlaubnis = Aufenthaltserlaubnis
item-niederlassungserlaubnis = Niederlassungserlaubnis
item-aufenthaltsgestattung = Aufenthaltsgestattung
item-duldung = Duldung
item-fiktionsbescheinigung = Fiktionsbescheinigung
item-visa = Visum
item-eu_citizen = EU-Bürger/in (Freizügigkeit)

lang-de = Deutsch
lang-en = Englisch
lang-ar = Arabisch
lang-uk = Ukrainisch
lang-fa = Persisch
lang-tr = Türkisch

## Fehler, nach dem Code des Kerns (docs/wasm-api.md).

error-wrong_passphrase = Die Passphrase stimmt nicht. Bitte erneut versuchen.
error-integrity = Die Prüfung ist fehlgeschlagen: Die Daten wurden verändert oder beschädigt, oder die Unterschrift passt nicht. Es wird nichts angezeigt.
error-format = Das ist keine Mappe-Datei oder -Freigabe, oder sie stammt aus einer neueren Version von Mappe.
error-bad_input = Das wird nicht angenommen. Bitte prüfen.
error-not_found = Diese Freigabe gibt es auf dem Relay nicht.
error-too_large = Das ist zu groß.
error-unreachable = Das Relay ist nicht erreichbar. Prüfen Sie die Netzwerkverbindung.
error-relay = Das Relay hat das abgelehnt. Bitte später erneut versuchen.
error-withheld = Dem Relay fehlen Daten. Es wird nichts angezeigt.
error-revoked = Die Person hat diese Freigabe widerrufen. Sie kann nicht mehr geöffnet werden.
error-expired = Diese Freigabe ist abgelaufen. Bitten Sie die Person um eine neue.
error-used_up = Diese Freigabe wurde so oft geöffnet wie erlaubt. Bitten Sie die Person um eine neue.
error-not_for_this_office = Diese Freigabe ist an eine andere Stelle gerichtet. Sie kann hier nicht geöffnet werden.
error-older_revision = Warnung: Das Relay hat eine ältere Version dieser Freigabe geliefert, als diese Stelle schon gesehen hat. Es wird nichts angezeigt. Sagen Sie es der Person und Ihrer IT.
error-recovery_code = Der Wiederherstellungscode ist falsch eingegeben.
error-internal = In Mappe ist etwas schiefgegangen. Bitte sagen Sie es Ihrer IT.
error-storage = Der Browser konnte die Daten nicht speichern.
error-detail = Einzelheit: { $detail }

## Ein Papier bestätigen: die Stelle unterschreibt Angaben zu einem Papier der Person (eine Bestätigung) und kann sie widerrufen.

desk-issue-intro = Bestätigen Sie geprüfte Angaben zu einem Papier der Person, zum Beispiel einer Aufenthaltserlaubnis. Hier sehen und widerrufen Sie, was diese Stelle bestätigt hat.
desk-issue = Ein Papier bestätigen
issue-title = Ein Papier bestätigen
issue-intro = Sie unterschreiben Angaben, die Sie geprüft haben. Die Person bewahrt die Bestätigung in ihrer Mappe auf und kann sie anderen Stellen zeigen; diese sehen, dass Ihre Stelle sie bestätigt hat.
issue-holder = Schlüssel der Person
issue-holder-hint = Die Mappe der Person zeigt ihn unter „Mein Schlüssel für Behörden“: 64 Zeichen 0–9 und a–f. Leerzeichen sind egal.
issue-facts = Angaben, die Sie bestätigen
issue-facts-hint = Füllen Sie nur aus, was Sie geprüft haben. Leere Felder werden weggelassen.
issue-choose = Bitte wählen
issue-expires = Die Bestätigung gilt bis
issue-expires-hint = Nach diesem Tag sehen andere Stellen sie als abgelaufen.
issue-submit = Bestätigung unterschreiben
issue-holder-bad = Der Schlüssel der Person muss 64 Zeichen 0–9 und a–f haben. Bitte prüfen Sie, was eingefügt wurde.
# $name: die Bezeichnung des leeren Felds.
issue-missing = Bitte ausfüllen: { $name }
issue-expires-bad = Die Bestätigung muss bis zu einem Tag nach heute gelten.
issue-done-title = Bestätigung unterschrieben
# $n: die Nummer der Bestätigung bei dieser Stelle.
issue-number = Bestätigung Nr. { $n }
issue-done = Geben Sie sie der Person: Sie scannt diesen Code mit ihrer Mappe, oder Sie geben ihr die Datei.
issue-qr-alt = Code der Bestätigung
issue-qr-too-long = Diese Bestätigung ist zu lang für einen Code. Geben Sie der Person die Datei oder den Text.
issue-download = Datei herunterladen
issue-text = Die Bestätigung als Text, zum Kopieren
# $detail: der Grund des Relays.
issue-publish-failed = Das Relay hat die Widerrufsliste dieser Stelle nicht angenommen. Sie bleibt in diesem Browser und wird mit der nächsten Bestätigung oder dem nächsten Widerruf erneut gesendet. ({ $detail })
issue-list-title = Ausgestellte Bestätigungen
issue-list-note = Wie in diesem Browser gespeichert. Bestätigen Sie Papiere nur an einem PC der Stelle.
issue-list-empty = Noch keine Bestätigung ausgestellt.
issue-holder-short = Schlüssel der Person
issue-state = Stand
issue-state-valid = Gültig
# $date: der Tag des Widerrufs.
issue-state-withdrawn = Widerrufen am { $date }
issue-state-expired = Abgelaufen
issue-withdraw = Widerrufen
# $n: die Nummer der Bestätigung.
issue-withdraw-confirm = Bestätigung Nr. { $n } widerrufen? Andere Stellen sehen sie dann als widerrufen. Das lässt sich nicht rückgängig machen.
issue-withdraw-yes = Ja, widerrufen
# $n: die Nummer der Bestätigung.
issue-withdrawn = Bestätigung Nr. { $n } wurde widerrufen.
`;var Xe=`### Mappe office desk (the caseworker's page at /office/): English (source language).
### Status: written by the developers; the reference for every other file.
### Every file in this folder has exactly these message ids with the same variables
### (checked by app/test/unit/translations.test.js). Short, plain sentences.

app-name = Mappe office desk
language-self = English
language = Language
back = Back
cancel = Cancel
close = Close
print = Print
lock = End sitting
working = One moment …

## Start: create, import, unlock.

start-intro = Open papers that people share with your office from their Mappe. Everything is decrypted in this browser only.
start-create-title = Create the office key
start-create-intro = One key for the whole office (for example one team). Its card is what people scan to share with you.
office-name = Name of the office
office-name-hint = As people know it, for example "Jobcenter Musterstadt, Team 3".
office-kind = Kind of office
passphrase = Passphrase
passphrase-again = Passphrase again
passphrase-hint = At least 8 characters. Everyone at this desk who opens shares needs it.
passphrase-mismatch = The two passphrases are not the same.
passphrase-short = Please use at least 8 characters.
name-missing = Please enter the name of the office.
create = Create office key
start-import-title = Use an existing office key
start-import-intro = From another PC of this office (an office export file), or made with the command line (the two files keystore.mappe and agency.json of its folder).
import-files = Choose files
import-done = The office key was stored in this browser. Open it with its passphrase.
start-unlock-title = Open the office desk
# $name: the office's name (not translated).
unlock-office = Office: { $name }
unlock = Open
start-other-key = Use another office key in this browser
start-other-key-warning = This removes the office key from this browser. Export it first if it is not stored anywhere else.
start-other-key-yes = Yes, remove it from this browser

locked-idle = The sitting ended after 15 minutes without use.

recovery-title = The office key's recovery code
recovery-intro = Write this code down on paper and keep it locked away. With it the key can be made again if every copy is lost.
recovery-once = It is shown only now. With it, anyone can open what is shared with your office.
recovery-written = I have written it down

## Kinds of office (the card's kind).

kind-jobcenter = Jobcenter
kind-auslaenderbehoerde = Immigration office (Ausländerbehörde)
kind-sozialamt = Social welfare office (Sozialamt)
kind-agentur_fuer_arbeit = Employment agency (Agentur für Arbeit)
kind-bamf = Federal Office for Migration and Refugees (BAMF)
kind-beratungsstelle = Counselling centre
kind-sprachschule = Language school
kind-other = Other

## The desk.

desk-title = Office desk
desk-card-title = Your office card
desk-card-intro = People scan this code with their Mappe to share their papers with your office only.
# Before the office key's fingerprint, to compare aloud.
desk-fingerprint = Key
desk-poster = Poster for the counter (A4)
desk-export = Export office key
desk-export-intro = For a second PC of the same office. The file stays locked with the passphrase.
desk-export-done = The export file was saved. Import it on the other PC and open it with the same passphrase.
desk-open-title = Open a share
desk-open-intro = Scan the code the person shows you, or paste the link.
open-scan = Scan with the camera
open-link = Link
open-link-go = Open
open-picture = From a picture
open-opening = Opening and checking …
scan-title = Hold the code in front of the camera
scan-no-camera = The camera cannot be used. Paste the link or choose a picture instead.
scan-no-code = No code found in this picture.
open-other-relay = This share is on another relay ({ $host }). Open it on the office desk of that relay.
not-a-link = This is not a Mappe share link.

poster-title = Share your papers with us
poster-text = Open Mappe on your phone, choose "Share", then "Only one office", and scan this code.
poster-check = Check that the app shows this office and this key:

## A share.

share-stated = Stated by the person, unchanged since shared
share-stated-text = Signed by the Mappe with this key and unchanged since it was shared:
share-stated-note = This shows who shared it and that nothing was altered, not that the facts are true.
share-from-sitting = Shown from this sitting, not fetched again.
share-fetch-again = Fetch again (uses one more open)
share-fetch-again-confirm = Fetching again uses one more of the share's opens. Fetch again?
share-fetch-again-yes = Yes, fetch again
share-shared-with = Shared with
share-anyone = Anyone holding the code or link
# $name: an office's name.
share-office = { $name }
share-purpose = Purpose
share-valid-until = Valid until
share-opens = Opened
# $opens: how often it was opened (this one included); $max: the limit.
share-opens-of = { $opens } of { $max }
# $opens: how often it was opened (this one included).
share-opens-unlimited = { $opens } (no limit)
share-revision = Revision
share-live = Live: later corrections come with the next open.
share-revised = Last corrected
share-changed-title = Changed since you last opened it
# $revision: the revision this office saw last time.
share-changed-intro = Since revision { $revision }:
share-changed-none = Nothing changed since you last opened it.
share-changed-added = (new)
share-changed-removed = (removed)
share-fields = Shared papers, as stated by the person
share-scans = Scans
# $size: a size like "1.2 MB".
share-scan-size = { $size }
share-scan-open = Open
share-scan-download = Download
share-consent-title = What the person saw and agreed to
# $lang: the language's name.
share-consent-lang = In { $lang }
share-record = Print the record for the case file
share-close = Close this share
share-id = Share id
share-created = Shared on

## Offices' confirmations (attestations) in a share: each shown apart from what the person states.

attest-title = Confirmations by offices
attest-intro = An office signed these facts itself. Each one is checked on its own.
# $name: the office's name from your trust list; $date: the day it was issued.
attest-confirmed = Confirmed by { $name } on { $date }
attest-untrusted = Signed by an office that is not on your trust list
attest-status-unknown = Could not check whether the office withdrew it
attest-withdrawn = Withdrawn by the office
# $date: the day it ended.
attest-expired = The confirmation expired on { $date }
# $date: the day it says it was issued (later than now).
attest-not-yet-valid = The confirmation is dated in the future ({ $date })
# $reason: why, one of the attest-reason-… texts.
attest-invalid = Invalid — not shown: { $reason }
attest-reason-malformed = it is damaged or not an office's confirmation
attest-reason-algorithm = its signature method is not accepted
attest-reason-bad_signature = the office's signature does not match, it was altered
attest-reason-bad_disclosure = a fact in it was not signed by the office
attest-reason-bad_key_binding = it is not bound to this share
attest-reason-other_holder = it was issued to another person
attest-reason-unknown_type = an unknown kind of paper
attest-reason-bad_claim = a fact in it is not in the right form
attest-reason-too_large = it is too large
# $detail: the failed check's code.
attest-reason-other = it failed a check ({ $detail })
attest-trust-problem = The trust list of offices could not be used. No office counts as being on it.
attest-kind = Paper
attest-kind-residence = Residence paper
attest-kind-certificate = Certificate
attest-kind-recognition = Recognition of a foreign qualification
attest-about = About the entry
attest-facts-confirmed = Confirmed facts
attest-facts = Facts the office signed (not confirmed)
attest-facts-none = No facts shown.
attest-office = Office
attest-office-unlisted = Not on your trust list
attest-office-key = Office key
attest-issued = Issued on
attest-expires = Confirmation valid until
attest-status-as-of = Withdrawal list checked
attest-yes = yes
attest-no = no

## Facts an office can confirm (attestation claims).

claim-kind = Kind
claim-number = Document number
claim-valid_from = Valid from
claim-valid_until = Valid until
claim-legal_basis = Legal basis
claim-work_permitted = Work permitted
claim-level = Level
claim-issuer = Issued by
claim-date = Date
claim-degree = Degree
claim-decision = Decision

record-title = Record of a verified Mappe share
# $date: date and time of retrieval.
record-retrieved = Retrieved on { $date }
# $name: office name; $fingerprint: its key.
record-by = by { $name } (key { $fingerprint })
record-from = Data from the Mappe with the key

section-profile = Personal details
section-cv = CV
section-certificates = Certificates
section-residence = Residence papers
section-other = Other details
empty = —

## Field names (wallet data model).

field-given_names = First names
field-family_name = Family name
field-aliases = Other names
field-birth_date = Date of birth
field-birth_place = Place of birth
field-nationality = Nationality
field-languages = Languages
field-contact = Contact
field-phone = Phone
field-email = Email
field-address = Address
field-kind = Kind
field-title = Title
field-organisation = School, employer or course provider
field-place = Place
field-from = From
field-to = To
field-description = Description
field-issuer = Issued by
field-issued_on = Issued on
field-cefr_level = Level (CEFR)
field-exam = Exam
field-number = Document number
field-valid_until = Valid until
field-authority = Authority
field-language = Language
field-level = Level
field-legal_basis = Legal basis
field-work = Work
field-conditions = Conditions (Auflagen)
work-permitted = Work permitted
work-permitted_with_approval = Work only with permission of the Ausländerbehörde
work-not_permitted = Work not permitted

item-education = School or studies
item-work = Work
item-training = Training or course
item-other = Other
item-language = Language certificate
item-qualification = Qualification
item-recognition = Recognition of a foreign qualification
item-aufenthaltserlaubnis = Residence permit (Aufenthaltserlaubnis)
item-niederlassungserlaubnis = Settlement permit (Niederlassungserlaubnis)
item-aufenthaltsgestattung = Permission to stay during asylum (Aufenthaltsgestattung)
item-duldung = Toleration (Duldung)
item-fiktionsbescheinigung = Provisional certificate (Fiktionsbescheinigung)
item-visa = Visa
item-eu_citizen = EU citizen

lang-de = German
lang-en = English
lang-ar = Arabic
lang-uk = Ukrainian
lang-fa = Persian
lang-tr = Turkish

## Errors, by the code the core gives (docs/wasm-api.md).

error-wrong_passphrase = The passphrase is not right. Please try again.
error-integrity = The check failed: the data was altered or damaged, or the signature does not match. Nothing is shown.
error-format = This is not a Mappe file or share, or it comes from a newer version of Mappe.
error-bad_input = This is not accepted. Please check it.
error-not_found = There is no such share on the relay.
error-too_large = This is too large.
error-unreachable = The relay cannot be reached. Check the network connection.
error-relay = The relay refused this. Please try again later.
error-withheld = The relay is missing data. Nothing is shown.
error-revoked = The person revoked this share. It can no longer be opened.
error-expired = This share has expired. Ask the person for a new one.
error-used_up = This share was opened as often as allowed. Ask the person for a new one.
error-not_for_this_office = This share is addressed to another office. It cannot be opened here.
error-older_revision = Warning: the relay served an older version of this share than this office already saw. Nothing is shown. Tell the person and your IT department.
error-recovery_code = The recovery code is mistyped.
error-internal = Something went wrong inside Mappe. Please tell your IT department.
error-storage = The browser could not store the data.
error-detail = Detail: { $detail }

## Confirming a paper: the office signs facts about a person's paper (an attestation) and can withdraw it.

desk-issue-intro = Confirm facts of a person's paper that you checked, for example a residence permit. See and withdraw what this office confirmed.
desk-issue = Confirm a paper
issue-title = Confirm a paper
issue-intro = You sign facts that you checked. The person keeps the confirmation in their Mappe and can show it to other offices, which see that your office confirmed it.
issue-holder = The person's key
issue-holder-hint = The person's Mappe shows it under "My key for offices": 64 characters 0–9 and a–f. Spaces do not matter.
issue-facts = Facts you confirm
issue-facts-hint = Fill in only what you checked. Empty fields are left out.
issue-choose = Please choose
issue-expires = The confirmation is valid until
issue-expires-hint = After this day other offices see it as expired.
issue-submit = Sign the confirmation
issue-holder-bad = The person's key must be 64 characters 0–9 and a–f. Please check what was pasted.
# $name: the label of the empty field.
issue-missing = Please fill in: { $name }
issue-expires-bad = The confirmation must be valid until a day after today.
issue-done-title = Confirmation signed
# $n: the confirmation's number at this office.
issue-number = Confirmation no. { $n }
issue-done = Give it to the person: they scan this code with their Mappe, or you give them the file.
issue-qr-alt = Code of the confirmation
issue-qr-too-long = This confirmation is too long for a code. Give the person the file or the text.
issue-download = Download the file
issue-text = The confirmation as text, to copy
# $detail: the relay's reason.
issue-publish-failed = The relay did not take this office's withdrawal list. It is kept in this browser and sent again with the next confirmation or withdrawal. ({ $detail })
issue-list-title = Confirmations issued
issue-list-note = As kept in this browser. Confirm papers from one PC of the office only.
issue-list-empty = No confirmation issued yet.
issue-holder-short = Person's key
issue-state = State
issue-state-valid = Valid
# $date: the day it was withdrawn.
issue-state-withdrawn = Withdrawn on { $date }
issue-state-expired = Expired
issue-withdraw = Withdraw
# $n: the confirmation's number.
issue-withdraw-confirm = Withdraw confirmation no. { $n }? Other offices will see it as withdrawn. This cannot be undone.
issue-withdraw-yes = Yes, withdraw it
# $n: the confirmation's number.
issue-withdrawn = Confirmation no. { $n } was withdrawn.
`;var et=`### Mappe office desk (/office/): Arabic (العربية).
### UNREVIEWED machine translation, not yet checked by a native speaker (docs/office.md).
### Same message ids and variables as en.ftl (checked by app/test/unit/translations.test.js).

app-name = مكتب Mappe للجهات
language-self = العربية
language = اللغة
back = رجوع
cancel = إلغاء
close = إغلاق
print = طباعة
lock = إنهاء الجلسة
working = لحظة من فضلك …

start-intro = افتح الأوراق التي يشاركها الناس مع جهتكم من تطبيق Mappe. يتم فك التشفير في هذا المتصفح فقط.
start-create-title = إنشاء مفتاح الجهة
start-create-intro = مفتاح واحد للجهة كلها (مثلاً فريق واحد). يمسح الناس بطاقته ضوئياً ليشاركوا معكم.
office-name = اسم الجهة
office-name-hint = كما يعرفها الناس، مثلاً «Jobcenter Musterstadt, Team 3».
office-kind = نوع الجهة
passphrase = عبارة المرور
passphrase-again = عبارة المرور مرة أخرى
passphrase-hint = 8 أحرف على الأقل. يحتاجها كل من يفتح المشاركات في هذا المكتب.
passphrase-mismatch = عبارتا المرور غير متطابقتين.
passphrase-short = يرجى استخدام 8 أحرف على الأقل.
name-missing = يرجى إدخال اسم الجهة.
create = إنشاء مفتاح الجهة
start-import-title = استخدام مفتاح جهة موجود
start-import-intro = من حاسوب آخر لهذه الجهة (ملف تصدير)، أو مفتاح أُنشئ بسطر الأوامر (الملفان keystore.mappe و agency.json من مجلده).
import-files = اختيار الملفات
import-done = تم حفظ مفتاح الجهة في هذا المتصفح. افتحه بعبارة المرور الخاصة به.
start-unlock-title = فتح المكتب
unlock-office = الجهة: { $name }
unlock = فتح
start-other-key = استخدام مفتاح جهة آخر في هذا المتصفح
start-other-key-warning = هذا يحذف مفتاح الجهة من هذا المتصفح. صدّره أولاً إذا لم يكن محفوظاً في مكان آخر.
start-other-key-yes = نعم، احذفه من هذا المتصفح
locked-idle = انتهت الجلسة بعد 15 دقيقة دون استخدام.

recovery-title = رمز الاسترداد لمفتاح الجهة
recovery-intro = اكتب هذا الرمز على ورقة واحفظها في مكان مقفل. به يمكن إعادة إنشاء المفتاح إذا فُقدت كل النسخ.
recovery-once = يظهر الآن فقط. من يملكه يستطيع فتح كل ما يُشارك مع جهتكم.
recovery-written = لقد كتبته

kind-jobcenter = مركز العمل (Jobcenter)
kind-auslaenderbehoerde = دائرة الأجانب (Ausländerbehörde)
kind-sozialamt = مكتب الشؤون الاجتماعية (Sozialamt)
kind-agentur_fuer_arbeit = وكالة العمل (Agentur für Arbeit)
kind-bamf = المكتب الاتحادي للهجرة واللاجئين (BAMF)
kind-beratungsstelle = مركز استشارات
kind-sprachschule = مدرسة لغة
kind-other = أخرى

desk-title = المكتب
desk-card-title = بطاقة جهتكم
desk-card-intro = يمسح الناس هذا الرمز بتطبيق Mappe ليشاركوا أوراقهم مع جهتكم فقط.
desk-fingerprint = المفتاح
desk-poster = ملصق للمكتب (A4)
desk-export = تصدير مفتاح الجهة
desk-export-intro = لحاسوب ثانٍ في الجهة نفسها. يبقى الملف مقفلاً بعبارة المرور.
desk-export-done = تم حفظ ملف التصدير. استورده على الحاسوب الآخر وافتحه بعبارة المرور نفسها.
desk-open-title = فتح مشاركة
desk-open-intro = امسح الرمز الذي يعرضه الشخص ضوئياً، أو الصق الرابط.
open-scan = المسح بالكاميرا
open-link = الرابط
open-link-go = فتح
open-picture = من صورة
open-opening = جارٍ الفتح والتحقق …
scan-title = ضع الرمز أمام الكاميرا
scan-no-camera = لا يمكن استخدام الكاميرا. الصق الرابط أو اختر صورة بدلاً من ذلك.
scan-no-code = لم يُعثر على رمز في هذه الصورة.
open-other-relay = هذه المشاركة موجودة على خادم ترحيل آخر ({ $host }). افتحها في مكتب ذلك الخادم.
not-a-link = هذا ليس رابط مشاركة من Mappe.

poster-title = شاركوا أوراقكم معنا
poster-text = افتح Mappe على هاتفك، واختر «مشاركة»، ثم «جهة واحدة فقط»، وامسح هذا الرمز.
poster-check = تأكد أن التطبيق يعرض هذه الجهة وهذا المفتاح:

share-stated = ما صرّح به الشخص، دون تغيير منذ المشاركة
share-stated-text = موقَّعة من Mappe صاحبة هذا المفتاح ولم تتغير منذ مشاركتها:
share-stated-note = يُظهر هذا مَن شاركه وأنه لم يُغيَّر شيء، ولا يُثبت أن المعلومات صحيحة.
share-from-sitting = معروضة من هذه الجلسة، ولم تُجلب مرة أخرى.
share-fetch-again = الجلب مرة أخرى (يستهلك فتحة إضافية)
share-fetch-again-confirm = الجلب مرة أخرى يستهلك مرة إضافية من مرات الفتح المسموح بها. هل تريد الجلب مرة أخرى؟
share-fetch-again-yes = نعم، اجلبها مرة أخرى
share-shared-with = مُشاركة مع
share-anyone = أي شخص لديه الرمز أو الرابط
share-office = { $name }
share-purpose = الغرض
share-valid-until = صالحة حتى
share-opens = مرات الفتح
share-opens-of = { $opens } من { $max }
share-opens-unlimited = { $opens } (بلا حد)
share-revision = النسخة
share-live = محدَّثة: التصحيحات اللاحقة تصل مع الفتح التالي.
share-revised = آخر تصحيح
share-changed-title = ما تغيّر منذ آخر فتح لكم
share-changed-intro = منذ النسخة { $revision }:
share-changed-none = لم يتغير شيء منذ آخر فتح لكم.
share-changed-added = (جديد)
share-changed-removed = (محذوف)
share-fields = الأوراق المُشاركة، كما صرّح بها الشخص
share-scans = المسوحات الضوئية
share-scan-size = { $size }
share-scan-open = فتح
share-scan-download = تنزيل
share-consent-title = ما عُرض على الشخص وما وافق عليه
share-consent-lang = باللغة: { $lang }
share-record = طباعة المحضر للملف
share-close = إغلاق هذه المشاركة
share-id = رقم المشاركة
share-created = تاريخ المشاركة

attest-title = تأكيدات من الجهات
attest-intro = وقّعت جهةٌ هذه المعلومات بنفسها. يُفحص كلٌّ منها على حدة.
attest-confirmed = أكّدته { $name } بتاريخ { $date }
attest-untrusted = موقَّع من جهة ليست على قائمة الثقة لديكم
attest-status-unknown = تعذّر التحقق مما إذا كانت الجهة قد سحبته
attest-withdrawn = سحبته الجهة
attest-expired = انتهت صلاحية التأكيد بتاريخ { $date }
attest-not-yet-valid = التأكيد مؤرَّخ في المستقبل ({ $date })
attest-invalid = غير صالح — لا يُعرض: { $reason }
attest-reason-malformed = تالف أو ليس تأكيدًا من جهة
attest-reason-algorithm = طريقة توقيعه غير مقبولة
attest-reason-bad_signature = توقيع الجهة غير مطابق، فقد تم تغييره
attest-reason-bad_disclosure = معلومة فيه لم توقّعها الجهة
attest-reason-bad_key_binding = غير مرتبط بهذه المشاركة
attest-reason-other_holder = صدر لشخص آخر
attest-reason-unknown_type = نوع غير معروف من الأوراق
attest-reason-bad_claim = معلومة فيه ليست بالشكل الصحيح
attest-reason-too_large = حجمه كبير جدًا
attest-reason-other = لم يجتز أحد الفحوص ({ $detail })
attest-trust-problem = تعذّر استخدام قائمة الثقة الخاصة بالجهات. لا تُعدّ أي جهة مدرجة فيها.
attest-kind = الورقة
attest-kind-residence = وثيقة إقامة
attest-kind-certificate = شهادة
attest-kind-recognition = معادلة مؤهل أجنبي
attest-about = بخصوص الإدخال
attest-facts-confirmed = معلومات مؤكَّدة
attest-facts = معلومات وقّعتها الجهة (غير مؤكَّدة)
attest-facts-none = لا تُعرض أي معلومات.
attest-office = الجهة
attest-office-unlisted = ليست على قائمة الثقة لديكم
attest-office-key = مفتاح الجهة
attest-issued = تاريخ الإصدار
attest-expires = التأكيد صالح حتى
attest-status-as-of = تم فحص قائمة السحب
attest-yes = نعم
attest-no = لا

claim-kind = النوع
claim-number = رقم الوثيقة
claim-valid_from = صالح من
claim-valid_until = صالح حتى
claim-legal_basis = الأساس القانوني
claim-work_permitted = العمل مسموح
claim-level = المستوى
claim-issuer = صادر عن
claim-date = التاريخ
claim-degree = المؤهل
claim-decision = القرار

record-title = محضر مشاركة Mappe تم التحقق منها
record-retrieved = تم الجلب في { $date }
record-by = بواسطة { $name } (المفتاح { $fingerprint })
record-from = البيانات من Mappe صاحبة المفتاح

section-profile = البيانات الشخصية
section-cv = السيرة الذاتية
section-certificates = الشهادات
section-residence = أوراق الإقامة
section-other = بيانات أخرى
empty = —

field-given_names = الأسماء الأولى
field-family_name = اسم العائلة
field-aliases = أسماء أخرى
field-birth_date = تاريخ الميلاد
field-birth_place = مكان الميلاد
field-nationality = الجنسية
field-languages = اللغات
field-contact = التواصل
field-phone = الهاتف
field-email = البريد الإلكتروني
field-address = العنوان
field-kind = النوع
field-title = العنوان الوصفي
field-organisation = المدرسة أو جهة العمل أو مقدم الدورة
field-place = المكان
field-from = من
field-to = إلى
field-description = الوصف
field-issuer = صادرة عن
field-issued_on = تاريخ الإصدار
field-cefr_level = المستوى (الإطار الأوروبي)
field-exam = الامتحان
field-number = رقم الوثيقة
field-valid_until = صالحة حتى
field-authority = الجهة المصدرة
field-language = اللغة
field-level = المستوى
# unreviewed
field-legal_basis = الأساس القانوني
# unreviewed
field-work = العمل
# unreviewed
field-conditions = الشروط (Auflagen)
# unreviewed
work-permitted = العمل مسموح
# unreviewed
work-permitted_with_approval = العمل فقط بإذن من دائرة الأجانب
# unreviewed
work-not_permitted = العمل غير مسموح

item-education = المدرسة أو الدراسة
item-work = العمل
item-training = تدريب أو دورة
item-other = أخرى
item-language = شهادة لغة
item-qualification = مؤهل
item-recognition = معادلة مؤهل أجنبي
item-aufenthaltserlaubnis = تصريح إقامة (Aufenthaltserlaubnis)
item-niederlassungserlaubnis = إقامة دائمة (Niederlassungserlaubnis)
item-aufenthaltsgestattung = إذن إقامة أثناء اللجوء (Aufenthaltsgestattung)
item-duldung = تسامح (Duldung)
item-fiktionsbescheinigung = شهادة مؤقتة (Fiktionsbescheinigung)
item-visa = تأشيرة
item-eu_citizen = مواطن من الاتحاد الأوروبي

lang-de = الألمانية
lang-en = الإنجليزية
lang-ar = العربية
lang-uk = الأوكرانية
lang-fa = الفارسية
lang-tr = التركية

error-wrong_passphrase = عبارة المرور غير صحيحة. يرجى المحاولة مرة أخرى.
error-integrity = فشل التحقق: البيانات تغيرت أو تلفت، أو التوقيع غير مطابق. لا يُعرض شيء.
error-format = هذا ليس ملفاً أو مشاركة من Mappe، أو أنه من نسخة أحدث من Mappe.
error-bad_input = هذا غير مقبول. يرجى التحقق منه.
error-not_found = لا توجد مشاركة كهذه على خادم الترحيل.
error-too_large = هذا كبير جداً.
error-unreachable = لا يمكن الوصول إلى خادم الترحيل. تحقق من اتصال الشبكة.
error-relay = رفض خادم الترحيل ذلك. يرجى المحاولة لاحقاً.
error-withheld = تنقص خادمَ الترحيل بيانات. لا يُعرض شيء.
error-revoked = ألغى الشخص هذه المشاركة. لم يعد بالإمكان فتحها.
error-expired = انتهت صلاحية هذه المشاركة. اطلب من الشخص مشاركة جديدة.
error-used_up = فُتحت هذه المشاركة بالعدد المسموح به. اطلب من الشخص مشاركة جديدة.
error-not_for_this_office = هذه المشاركة موجهة إلى جهة أخرى. لا يمكن فتحها هنا.
error-older_revision = تحذير: قدّم خادم الترحيل نسخة من هذه المشاركة أقدم مما رأته هذه الجهة من قبل. لا يُعرض شيء. أبلغ الشخص وقسم تقنية المعلومات لديكم.
error-recovery_code = رمز الاسترداد مكتوب بشكل خاطئ.
error-internal = حدث خطأ داخل Mappe. يرجى إبلاغ قسم تقنية المعلومات لديكم.
error-storage = لم يتمكن المتصفح من حفظ البيانات.
error-detail = تفاصيل: { $detail }

## تأكيد وثيقة: تُوقّع الجهة على معلومات عن وثيقة الشخص ويمكنها سحب التأكيد.

desk-issue-intro = أكّد معلومات تحقّقت منها في وثيقة الشخص، مثل تصريح الإقامة. هنا ترى ما أكّدته هذه الجهة ويمكنك سحبه.
desk-issue = تأكيد وثيقة
issue-title = تأكيد وثيقة
issue-intro = أنت توقّع على معلومات تحقّقت منها. يحتفظ الشخص بالتأكيد في تطبيق Mappe ويمكنه عرضه على جهات أخرى، فترى أن جهتك أكّدته.
issue-holder = مفتاح الشخص
issue-holder-hint = يعرضه تطبيق Mappe لدى الشخص تحت «مفتاحي للدوائر الرسمية»: ‏64 حرفًا من 0–9 و a–f. المسافات لا تهم.
issue-facts = المعلومات التي تؤكّدها
issue-facts-hint = املأ فقط ما تحقّقت منه. الحقول الفارغة تُترك.
issue-choose = يرجى الاختيار
issue-expires = التأكيد صالح حتى
issue-expires-hint = بعد هذا اليوم تراه الجهات الأخرى منتهي الصلاحية.
issue-submit = توقيع التأكيد
issue-holder-bad = يجب أن يتكوّن مفتاح الشخص من 64 حرفًا من 0–9 و a–f. يرجى التحقق مما تم لصقه.
# $name: اسم الحقل الفارغ.
issue-missing = يرجى ملء: { $name }
issue-expires-bad = يجب أن يكون التأكيد صالحًا حتى يوم بعد اليوم.
issue-done-title = تم توقيع التأكيد
# $n: رقم التأكيد لدى هذه الجهة.
issue-number = التأكيد رقم { $n }
issue-done = أعطه للشخص: يمسح هذا الرمز بتطبيق Mappe، أو تعطيه الملف.
issue-qr-alt = رمز التأكيد
issue-qr-too-long = هذا التأكيد أطول من أن يتسع له رمز. أعطِ الشخص الملف أو النص.
issue-download = تنزيل الملف
issue-text = التأكيد كنص للنسخ
# $detail: سبب خادم الترحيل.
issue-publish-failed = لم يقبل خادم الترحيل قائمة السحب الخاصة بهذه الجهة. تبقى محفوظة في هذا المتصفح وتُرسل مرة أخرى مع التأكيد أو السحب التالي. ({ $detail })
issue-list-title = التأكيدات الصادرة
issue-list-note = كما هي محفوظة في هذا المتصفح. أكّد الوثائق من حاسوب واحد فقط في الجهة.
issue-list-empty = لم يصدر أي تأكيد بعد.
issue-holder-short = مفتاح الشخص
issue-state = الحالة
issue-state-valid = صالح
# $date: يوم السحب.
issue-state-withdrawn = سُحب بتاريخ { $date }
issue-state-expired = منتهي الصلاحية
issue-withdraw = سحب
# $n: رقم التأكيد.
issue-withdraw-confirm = سحب التأكيد رقم { $n }؟ ستراه الجهات الأخرى مسحوبًا. لا يمكن التراجع عن ذلك.
issue-withdraw-yes = نعم، اسحبه
# $n: رقم التأكيد.
issue-withdrawn = تم سحب التأكيد رقم { $n }.
`;var tt=`### Mappe office desk (/office/): Ukrainian (українська).
### UNREVIEWED machine translation, not yet checked by a native speaker (docs/office.md).
### Same message ids and variables as en.ftl (checked by app/test/unit/translations.test.js).

app-name = Робоче місце Mappe для установ
language-self = Українська
language = Мова
back = Назад
cancel = Скасувати
close = Закрити
print = Друкувати
lock = Завершити сеанс
working = Хвилинку …

start-intro = Відкривайте документи, якими люди діляться з вашою установою зі свого Mappe. Розшифрування відбувається лише в цьому браузері.
start-create-title = Створити ключ установи
start-create-intro = Один ключ для всієї установи (наприклад, для однієї команди). Його картку люди сканують, щоб поділитися з вами.
office-name = Назва установи
office-name-hint = Так, як її знають люди, наприклад «Jobcenter Musterstadt, Team 3».
office-kind = Тип установи
passphrase = Парольна фраза
passphrase-again = Парольна фраза ще раз
passphrase-hint = Щонайменше 8 символів. Вона потрібна всім, хто відкриває надані дані на цьому робочому місці.
passphrase-mismatch = Дві парольні фрази не збігаються.
passphrase-short = Будь ласка, використайте щонайменше 8 символів.
name-missing = Будь ласка, введіть назву установи.
create = Створити ключ установи
start-import-title = Використати наявний ключ установи
start-import-intro = З іншого комп’ютера цієї установи (файл експорту) або створений у командному рядку (два файли keystore.mappe і agency.json з його папки).
import-files = Вибрати файли
import-done = Ключ установи збережено в цьому браузері. Відкрийте його парольною фразою.
start-unlock-title = Відкрити робоче місце
unlock-office = Установа: { $name }
unlock = Відкрити
start-other-key = Використати інший ключ установи в цьому браузері
start-other-key-warning = Це видалить ключ установи з цього браузера. Спершу експортуйте його, якщо він ніде більше не збережений.
start-other-key-yes = Так, видалити з цього браузера
locked-idle = Сеанс завершено після 15 хвилин бездіяльності.

recovery-title = Код відновлення ключа установи
recovery-intro = Запишіть цей код на папері та зберігайте під замком. З ним ключ можна відновити, якщо всі копії втрачено.
recovery-once = Він показується лише зараз. Хто його має, може відкрити все, чим діляться з вашою установою.
recovery-written = Я його записав(-ла)

kind-jobcenter = Центр зайнятості (Jobcenter)
kind-auslaenderbehoerde = Відомство у справах іноземців (Ausländerbehörde)
kind-sozialamt = Соціальна служба (Sozialamt)
kind-agentur_fuer_arbeit = Агентство праці (Agentur für Arbeit)
kind-bamf = Федеральне відомство з питань міграції та біженців (BAMF)
kind-beratungsstelle = Консультаційний центр
kind-sprachschule = Мовна школа
kind-other = Інше

desk-title = Робоче місце
desk-card-title = Картка вашої установи
desk-card-intro = Люди сканують цей код своїм Mappe, щоб поділитися документами лише з вашою установою.
desk-fingerprint = Ключ
desk-poster = Плакат для стійки (A4)
desk-export = Експортувати ключ установи
desk-export-intro = Для другого комп’ютера тієї ж установи. Файл залишається захищеним парольною фразою.
desk-export-done = Файл експорту збережено. Імпортуйте його на іншому комп’ютері й відкрийте тією ж парольною фразою.
desk-open-title = Відкрити надані дані
desk-open-intro = Відскануйте код, який показує людина, або вставте посилання.
open-scan = Сканувати камерою
open-link = Посилання
open-link-go = Відкрити
open-picture = Із зображення
open-opening = Відкриття та перевірка …
scan-title = Тримайте код перед камерою
scan-no-camera = Камерою неможливо скористатися. Вставте посилання або виберіть зображення.
scan-no-code = На цьому зображенні код не знайдено.
open-other-relay = Ці дані зберігаються на іншому ретрансляторі ({ $host }). Відкрийте їх на робочому місці того ретранслятора.
not-a-link = Це не посилання на надані дані Mappe.

poster-title = Поділіться з нами своїми документами
poster-text = Відкрийте Mappe на телефоні, виберіть «Поділитися», потім «Лише одна установа» і відскануйте цей код.
poster-check = Перевірте, що застосунок показує цю установу і цей ключ:

share-stated = Зі слів особи, без змін від моменту надання
share-stated-text = Підписано Mappe з цим ключем і не змінено відтоді, як надано:
share-stated-note = Це показує, хто надав дані і що нічого не змінено, але не те, що відомості правдиві.
share-from-sitting = Показано з цього сеансу, повторно не завантажено.
share-fetch-again = Завантажити знову (використовує ще одне відкриття)
share-fetch-again-confirm = Повторне завантаження використовує ще одне з дозволених відкриттів. Завантажити знову?
share-fetch-again-yes = Так, завантажити знову
share-shared-with = Надано для
share-anyone = Будь-хто, хто має код або посилання
share-office = { $name }
share-purpose = Мета
share-valid-until = Дійсне до
share-opens = Відкрито
share-opens-of = { $opens } з { $max }
share-opens-unlimited = { $opens } (без обмежень)
share-revision = Версія
share-live = Оновлюється: пізніші виправлення надійдуть з наступним відкриттям.
share-revised = Останнє виправлення
share-changed-title = Змінено з вашого останнього відкриття
share-changed-intro = З версії { $revision }:
share-changed-none = З вашого останнього відкриття нічого не змінилося.
share-changed-added = (нове)
share-changed-removed = (видалено)
share-fields = Надані документи, як їх вказала особа
share-scans = Скани
share-scan-size = { $size }
share-scan-open = Відкрити
share-scan-download = Завантажити
share-consent-title = Що було показано людині і на що вона погодилася
share-consent-lang = Мовою: { $lang }
share-record = Надрукувати протокол для справи
share-close = Закрити ці дані
share-id = Номер надання
share-created = Надано

attest-title = Підтвердження установ
attest-intro = Ці відомості установа підписала сама. Кожне перевіряється окремо.
attest-confirmed = Підтверджено: { $name }, { $date }
attest-untrusted = Підписано установою, якої немає у вашому списку довіри
attest-status-unknown = Не вдалося перевірити, чи установа його відкликала
attest-withdrawn = Відкликано установою
attest-expired = Строк дії підтвердження закінчився { $date }
attest-not-yet-valid = Підтвердження датоване майбутнім ({ $date })
attest-invalid = Недійсне — не показано: { $reason }
attest-reason-malformed = воно пошкоджене або не є підтвердженням установи
attest-reason-algorithm = його спосіб підпису не приймається
attest-reason-bad_signature = підпис установи не збігається, його змінено
attest-reason-bad_disclosure = відомість у ньому не підписана установою
attest-reason-bad_key_binding = воно не прив’язане до цього надання
attest-reason-other_holder = його видано іншій особі
attest-reason-unknown_type = невідомий вид документа
attest-reason-bad_claim = відомість у ньому має неправильну форму
attest-reason-too_large = воно завелике
attest-reason-other = не пройдено перевірку ({ $detail })
attest-trust-problem = Не вдалося використати список довіри установ. Жодна установа не вважається внесеною до нього.
attest-kind = Документ
attest-kind-residence = Документ про перебування
attest-kind-certificate = Сертифікат
attest-kind-recognition = Визнання іноземної кваліфікації
attest-about = Щодо запису
attest-facts-confirmed = Підтверджені відомості
attest-facts = Відомості, підписані установою (не підтверджено)
attest-facts-none = Відомостей не показано.
attest-office = Установа
attest-office-unlisted = Немає у вашому списку довіри
attest-office-key = Ключ установи
attest-issued = Видано
attest-expires = Підтвердження дійсне до
attest-status-as-of = Список відкликань перевірено
attest-yes = так
attest-no = ні

claim-kind = Вид
claim-number = Номер документа
claim-valid_from = Дійсний з
claim-valid_until = Дійсний до
claim-legal_basis = Правова підстава
claim-work_permitted = Роботу дозволено
claim-level = Рівень
claim-issuer = Ким видано
claim-date = Дата
claim-degree = Кваліфікація
claim-decision = Рішення

record-title = Протокол перевірених даних Mappe
record-retrieved = Отримано { $date }
record-by = установою { $name } (ключ { $fingerprint })
record-from = Дані з Mappe з ключем

section-profile = Особисті дані
section-cv = Резюме
section-certificates = Сертифікати
section-residence = Документи на перебування
section-other = Інші дані
empty = —

field-given_names = Імена
field-family_name = Прізвище
field-aliases = Інші написання
field-birth_date = Дата народження
field-birth_place = Місце народження
field-nationality = Громадянство
field-languages = Мови
field-contact = Контакти
field-phone = Телефон
field-email = Ел. пошта
field-address = Адреса
field-kind = Вид
field-title = Назва
field-organisation = Школа, роботодавець або організатор курсу
field-place = Місце
field-from = З
field-to = До
field-description = Опис
field-issuer = Видано ким
field-issued_on = Дата видачі
field-cefr_level = Рівень (CEFR)
field-exam = Іспит
field-number = Номер документа
field-valid_until = Дійсний до
field-authority = Орган
field-language = Мова
field-level = Рівень
# unreviewed
field-legal_basis = Правова підстава
# unreviewed
field-work = Робота
# unreviewed
field-conditions = Умови (Auflagen)
# unreviewed
work-permitted = Роботу дозволено
# unreviewed
work-permitted_with_approval = Робота лише з дозволу відомства у справах іноземців
# unreviewed
work-not_permitted = Роботу не дозволено

item-education = Школа або навчання
item-work = Робота
item-training = Підвищення кваліфікації або курс
item-other = Інше
item-language = Мовний сертифікат
item-qualification = Кваліфікація
item-recognition = Визнання іноземної кваліфікації
item-aufenthaltserlaubnis = Дозвіл на проживання (Aufenthaltserlaubnis)
item-niederlassungserlaubnis = Дозвіл на постійне проживання (Niederlassungserlaubnis)
item-aufenthaltsgestattung = Дозвіл на перебування під час процедури притулку (Aufenthaltsgestattung)
item-duldung = Толерований статус (Duldung)
item-fiktionsbescheinigung = Тимчасове посвідчення (Fiktionsbescheinigung)
item-visa = Віза
item-eu_citizen = Громадянин ЄС

lang-de = німецькою
lang-en = англійською
lang-ar = арабською
lang-uk = українською
lang-fa = перською
lang-tr = турецькою

error-wrong_passphrase = Парольна фраза неправильна. Спробуйте ще раз.
error-integrity = Перевірка не вдалася: дані змінено або пошкоджено, або підпис не збігається. Нічого не показано.
error-format = Це не файл чи надані дані Mappe, або вони з новішої версії Mappe.
error-bad_input = Це не приймається. Будь ласка, перевірте.
error-not_found = Таких наданих даних на ретрансляторі немає.
error-too_large = Це завелике.
error-unreachable = Ретранслятор недоступний. Перевірте мережеве з’єднання.
error-relay = Ретранслятор відхилив це. Спробуйте пізніше.
error-withheld = На ретрансляторі бракує даних. Нічого не показано.
error-revoked = Людина відкликала ці дані. Їх більше не можна відкрити.
error-expired = Термін дії цих даних минув. Попросіть людину надати нові.
error-used_up = Ці дані відкривали стільки разів, скільки дозволено. Попросіть людину надати нові.
error-not_for_this_office = Ці дані адресовано іншій установі. Тут їх не можна відкрити.
error-older_revision = Увага: ретранслятор видав старішу версію цих даних, ніж ця установа вже бачила. Нічого не показано. Повідомте людину та ваш ІТ-відділ.
error-recovery_code = Код відновлення введено з помилкою.
error-internal = У Mappe сталася помилка. Будь ласка, повідомте ваш ІТ-відділ.
error-storage = Браузер не зміг зберегти дані.
error-detail = Подробиці: { $detail }

## Підтвердити документ: установа підписує відомості про документ особи і може відкликати підтвердження.

desk-issue-intro = Підтвердьте перевірені відомості про документ особи, наприклад дозвіл на проживання. Тут видно, що підтвердила ця установа, і це можна відкликати.
desk-issue = Підтвердити документ
issue-title = Підтвердити документ
issue-intro = Ви підписуєте відомості, які перевірили. Особа зберігає підтвердження у своїй Mappe і може показати його іншим установам; вони бачать, що його підтвердила ваша установа.
issue-holder = Ключ особи
issue-holder-hint = Mappe особи показує його в розділі «Мій ключ для установ»: 64 символи 0–9 і a–f. Пробіли не мають значення.
issue-facts = Відомості, які ви підтверджуєте
issue-facts-hint = Заповнюйте лише те, що перевірили. Порожні поля не враховуються.
issue-choose = Будь ласка, виберіть
issue-expires = Підтвердження дійсне до
issue-expires-hint = Після цього дня інші установи бачать його простроченим.
issue-submit = Підписати підтвердження
issue-holder-bad = Ключ особи має складатися з 64 символів 0–9 і a–f. Будь ласка, перевірте вставлене.
# $name: назва порожнього поля.
issue-missing = Будь ласка, заповніть: { $name }
issue-expires-bad = Підтвердження має бути дійсним до дня після сьогоднішнього.
issue-done-title = Підтвердження підписано
# $n: номер підтвердження в цій установі.
issue-number = Підтвердження № { $n }
issue-done = Передайте його особі: вона сканує цей код своєю Mappe, або ви даєте їй файл.
issue-qr-alt = Код підтвердження
issue-qr-too-long = Це підтвердження задовге для коду. Дайте особі файл або текст.
issue-download = Завантажити файл
issue-text = Підтвердження як текст для копіювання
# $detail: причина ретранслятора.
issue-publish-failed = Ретранслятор не прийняв список відкликань цієї установи. Він зберігається в цьому браузері й буде надісланий знову з наступним підтвердженням або відкликанням. ({ $detail })
issue-list-title = Видані підтвердження
issue-list-note = Як збережено в цьому браузері. Підтверджуйте документи лише з одного комп'ютера установи.
issue-list-empty = Ще не видано жодного підтвердження.
issue-holder-short = Ключ особи
issue-state = Стан
issue-state-valid = Дійсне
# $date: день відкликання.
issue-state-withdrawn = Відкликано { $date }
issue-state-expired = Прострочене
issue-withdraw = Відкликати
# $n: номер підтвердження.
issue-withdraw-confirm = Відкликати підтвердження № { $n }? Інші установи бачитимуть його відкликаним. Це не можна скасувати.
issue-withdraw-yes = Так, відкликати
# $n: номер підтвердження.
issue-withdrawn = Підтвердження № { $n } відкликано.
`;var nt=`### Mappe office desk (/office/): Persian (فارسی).
### UNREVIEWED machine translation, not yet checked by a native speaker (docs/office.md).
### Same message ids and variables as en.ftl (checked by app/test/unit/translations.test.js).

app-name = میز کار Mappe برای ادارات
language-self = فارسی
language = زبان
back = بازگشت
cancel = لغو
close = بستن
print = چاپ
lock = پایان نشست
working = لحظه‌ای صبر کنید …

start-intro = مدارکی را که افراد از Mappe خود با اداره شما به اشتراک می‌گذارند باز کنید. رمزگشایی فقط در همین مرورگر انجام می‌شود.
start-create-title = ساختن کلید اداره
start-create-intro = یک کلید برای کل اداره (مثلاً یک تیم). افراد کارت آن را اسکن می‌کنند تا با شما به اشتراک بگذارند.
office-name = نام اداره
office-name-hint = همان‌طور که مردم آن را می‌شناسند، مثلاً «Jobcenter Musterstadt, Team 3».
office-kind = نوع اداره
passphrase = عبارت عبور
passphrase-again = تکرار عبارت عبور
passphrase-hint = دست‌کم ۸ نویسه. همه کسانی که در این میز اشتراک‌ها را باز می‌کنند به آن نیاز دارند.
passphrase-mismatch = دو عبارت عبور یکسان نیستند.
passphrase-short = لطفاً دست‌کم ۸ نویسه به کار ببرید.
name-missing = لطفاً نام اداره را وارد کنید.
create = ساختن کلید اداره
start-import-title = استفاده از کلید موجود اداره
start-import-intro = از رایانه دیگری در همین اداره (فایل خروجی)، یا ساخته‌شده با خط فرمان (دو فایل keystore.mappe و agency.json از پوشه آن).
import-files = انتخاب فایل‌ها
import-done = کلید اداره در این مرورگر ذخیره شد. آن را با عبارت عبورش باز کنید.
start-unlock-title = باز کردن میز کار
unlock-office = اداره: { $name }
unlock = باز کردن
start-other-key = استفاده از کلید دیگری در این مرورگر
start-other-key-warning = این کار کلید اداره را از این مرورگر پاک می‌کند. اگر جای دیگری ذخیره نشده، اول از آن خروجی بگیرید.
start-other-key-yes = بله، از این مرورگر پاک شود
locked-idle = نشست پس از ۱۵ دقیقه بی‌استفادگی پایان یافت.

recovery-title = کد بازیابی کلید اداره
recovery-intro = این کد را روی کاغذ بنویسید و در جای قفل‌شده نگه دارید. اگر همه نسخه‌ها از دست بروند، با آن می‌توان کلید را دوباره ساخت.
recovery-once = فقط همین حالا نشان داده می‌شود. هر کس آن را داشته باشد می‌تواند همه چیزهایی را که با اداره شما به اشتراک گذاشته می‌شود باز کند.
recovery-written = آن را یادداشت کردم

kind-jobcenter = مرکز کاریابی (Jobcenter)
kind-auslaenderbehoerde = اداره اتباع خارجی (Ausländerbehörde)
kind-sozialamt = اداره امور اجتماعی (Sozialamt)
kind-agentur_fuer_arbeit = آژانس کار (Agentur für Arbeit)
kind-bamf = اداره فدرال مهاجرت و پناهندگان (BAMF)
kind-beratungsstelle = مرکز مشاوره
kind-sprachschule = آموزشگاه زبان
kind-other = دیگر

desk-title = میز کار
desk-card-title = کارت اداره شما
desk-card-intro = افراد این کد را با Mappe خود اسکن می‌کنند تا مدارکشان را فقط با اداره شما به اشتراک بگذارند.
desk-fingerprint = کلید
desk-poster = پوستر برای پیشخوان (A4)
desk-export = خروجی گرفتن از کلید اداره
desk-export-intro = برای رایانه دوم همین اداره. فایل با عبارت عبور قفل می‌ماند.
desk-export-done = فایل خروجی ذخیره شد. آن را در رایانه دیگر وارد کنید و با همان عبارت عبور باز کنید.
desk-open-title = باز کردن اشتراک
desk-open-intro = کدی را که فرد نشان می‌دهد اسکن کنید یا پیوند را بچسبانید.
open-scan = اسکن با دوربین
open-link = پیوند
open-link-go = باز کردن
open-picture = از یک تصویر
open-opening = در حال باز کردن و بررسی …
scan-title = کد را جلوی دوربین نگه دارید
scan-no-camera = نمی‌توان از دوربین استفاده کرد. به جای آن پیوند را بچسبانید یا تصویری انتخاب کنید.
scan-no-code = در این تصویر کدی پیدا نشد.
open-other-relay = این اشتراک روی رله دیگری است ({ $host }). آن را در میز کار همان رله باز کنید.
not-a-link = این پیوند اشتراک Mappe نیست.

poster-title = مدارک خود را با ما به اشتراک بگذارید
poster-text = Mappe را در تلفن خود باز کنید، «اشتراک‌گذاری» و سپس «فقط یک اداره» را انتخاب کنید و این کد را اسکن کنید.
poster-check = بررسی کنید که برنامه همین اداره و همین کلید را نشان می‌دهد:

share-stated = اظهارات خود فرد، بدون تغییر از زمان اشتراک‌گذاری
share-stated-text = امضاشده با Mappe دارای این کلید و بدون تغییر از زمان اشتراک‌گذاری:
share-stated-note = این نشان می‌دهد چه کسی آن را به اشتراک گذاشته و اینکه چیزی تغییر نکرده است، نه اینکه اطلاعات درست است.
share-from-sitting = از همین نشست نمایش داده شد، دوباره دریافت نشد.
share-fetch-again = دریافت دوباره (یک بار باز کردن دیگر مصرف می‌شود)
share-fetch-again-confirm = دریافت دوباره یکی دیگر از دفعات مجاز باز کردن را مصرف می‌کند. دوباره دریافت شود؟
share-fetch-again-yes = بله، دوباره دریافت شود
share-shared-with = به اشتراک گذاشته با
share-anyone = هر کسی که کد یا پیوند را دارد
share-office = { $name }
share-purpose = هدف
share-valid-until = معتبر تا
share-opens = دفعات باز شدن
share-opens-of = { $opens } از { $max }
share-opens-unlimited = { $opens } (بدون محدودیت)
share-revision = نسخه
share-live = به‌روز: اصلاحات بعدی با باز کردن بعدی می‌رسند.
share-revised = آخرین اصلاح
share-changed-title = تغییرات از آخرین باری که باز کردید
share-changed-intro = از نسخه { $revision }:
share-changed-none = از آخرین باری که باز کردید چیزی تغییر نکرده است.
share-changed-added = (جدید)
share-changed-removed = (حذف‌شده)
share-fields = مدارک به اشتراک گذاشته، آن‌طور که فرد اظهار کرده است
share-scans = اسکن‌ها
share-scan-size = { $size }
share-scan-open = باز کردن
share-scan-download = بارگیری
share-consent-title = آنچه به فرد نشان داده شد و با آن موافقت کرد
share-consent-lang = به زبان: { $lang }
share-record = چاپ گزارش برای پرونده
share-close = بستن این اشتراک
share-id = شماره اشتراک
share-created = تاریخ اشتراک

attest-title = تأییدهای اداره‌ها
attest-intro = اداره‌ای خودش این اطلاعات را امضا کرده است. هر کدام جداگانه بررسی می‌شود.
attest-confirmed = تأییدشده توسط { $name } در { $date }
attest-untrusted = امضاشده توسط اداره‌ای که در فهرست اعتماد شما نیست
attest-status-unknown = بررسی اینکه آیا اداره آن را پس گرفته است ممکن نشد
attest-withdrawn = اداره آن را پس گرفته است
attest-expired = اعتبار تأیید در { $date } به پایان رسید
attest-not-yet-valid = تاریخ تأیید در آینده است ({ $date })
attest-invalid = نامعتبر — نمایش داده نمی‌شود: { $reason }
attest-reason-malformed = آسیب دیده است یا تأیید یک اداره نیست
attest-reason-algorithm = روش امضای آن پذیرفته نیست
attest-reason-bad_signature = امضای اداره مطابقت ندارد، تغییر داده شده است
attest-reason-bad_disclosure = یکی از اطلاعات آن را اداره امضا نکرده است
attest-reason-bad_key_binding = به این اشتراک‌گذاری متصل نیست
attest-reason-other_holder = برای فرد دیگری صادر شده است
attest-reason-unknown_type = نوع ناشناخته‌ای از مدرک
attest-reason-bad_claim = یکی از اطلاعات آن شکل درستی ندارد
attest-reason-too_large = بیش از حد بزرگ است
attest-reason-other = یک بررسی ناموفق بود ({ $detail })
attest-trust-problem = فهرست اعتماد اداره‌ها قابل استفاده نبود. هیچ اداره‌ای در آن ثبت‌شده به شمار نمی‌آید.
attest-kind = مدرک
attest-kind-residence = مدرک اقامت
attest-kind-certificate = گواهی
attest-kind-recognition = ارزشیابی مدرک خارجی
attest-about = درباره مورد
attest-facts-confirmed = اطلاعات تأییدشده
attest-facts = اطلاعات امضاشده توسط اداره (تأییدنشده)
attest-facts-none = اطلاعاتی نمایش داده نمی‌شود.
attest-office = اداره
attest-office-unlisted = در فهرست اعتماد شما نیست
attest-office-key = کلید اداره
attest-issued = تاریخ صدور
attest-expires = تأیید معتبر تا
attest-status-as-of = فهرست لغو بررسی شد
attest-yes = بله
attest-no = خیر

claim-kind = نوع
claim-number = شماره مدرک
claim-valid_from = معتبر از
claim-valid_until = معتبر تا
claim-legal_basis = مبنای قانونی
claim-work_permitted = اجازه کار
claim-level = سطح
claim-issuer = صادرکننده
claim-date = تاریخ
claim-degree = مدرک تحصیلی
claim-decision = تصمیم

record-title = گزارش یک اشتراک تأییدشده Mappe
record-retrieved = دریافت‌شده در { $date }
record-by = توسط { $name } (کلید { $fingerprint })
record-from = داده‌ها از Mappe دارای کلید

section-profile = اطلاعات شخصی
section-cv = سوابق
section-certificates = گواهی‌ها
section-residence = مدارک اقامت
section-other = اطلاعات دیگر
empty = —

field-given_names = نام‌ها
field-family_name = نام خانوادگی
field-aliases = نام‌های دیگر
field-birth_date = تاریخ تولد
field-birth_place = محل تولد
field-nationality = تابعیت
field-languages = زبان‌ها
field-contact = تماس
field-phone = تلفن
field-email = ایمیل
field-address = نشانی
field-kind = نوع
field-title = عنوان
field-organisation = مدرسه، کارفرما یا برگزارکننده دوره
field-place = مکان
field-from = از
field-to = تا
field-description = شرح
field-issuer = صادرکننده
field-issued_on = تاریخ صدور
field-cefr_level = سطح (CEFR)
field-exam = آزمون
field-number = شماره سند
field-valid_until = معتبر تا
field-authority = مرجع
field-language = زبان
field-level = سطح
# unreviewed
field-legal_basis = مبنای قانونی
# unreviewed
field-work = کار
# unreviewed
field-conditions = شرایط (Auflagen)
# unreviewed
work-permitted = کار مجاز است
# unreviewed
work-permitted_with_approval = کار فقط با اجازهٔ ادارهٔ اتباع خارجی
# unreviewed
work-not_permitted = کار مجاز نیست

item-education = مدرسه یا تحصیلات
item-work = کار
item-training = آموزش یا دوره
item-other = دیگر
item-language = گواهی زبان
item-qualification = مدرک
item-recognition = ارزشیابی مدرک خارجی
item-aufenthaltserlaubnis = اجازه اقامت (Aufenthaltserlaubnis)
item-niederlassungserlaubnis = اقامت دائم (Niederlassungserlaubnis)
item-aufenthaltsgestattung = اجازه ماندن در دوران پناهجویی (Aufenthaltsgestattung)
item-duldung = تحمل اقامت (Duldung)
item-fiktionsbescheinigung = گواهی موقت (Fiktionsbescheinigung)
item-visa = ویزا
item-eu_citizen = شهروند اتحادیه اروپا

lang-de = آلمانی
lang-en = انگلیسی
lang-ar = عربی
lang-uk = اوکراینی
lang-fa = فارسی
lang-tr = ترکی

error-wrong_passphrase = عبارت عبور درست نیست. لطفاً دوباره تلاش کنید.
error-integrity = بررسی ناموفق بود: داده‌ها تغییر کرده یا آسیب دیده‌اند، یا امضا مطابقت ندارد. چیزی نمایش داده نمی‌شود.
error-format = این فایل یا اشتراک Mappe نیست، یا از نسخه جدیدتری از Mappe است.
error-bad_input = این پذیرفته نمی‌شود. لطفاً بررسی کنید.
error-not_found = چنین اشتراکی روی رله وجود ندارد.
error-too_large = این بیش از حد بزرگ است.
error-unreachable = به رله دسترسی نیست. اتصال شبکه را بررسی کنید.
error-relay = رله این را نپذیرفت. لطفاً بعداً دوباره تلاش کنید.
error-withheld = رله داده‌هایی کم دارد. چیزی نمایش داده نمی‌شود.
error-revoked = فرد این اشتراک را لغو کرده است. دیگر نمی‌توان آن را باز کرد.
error-expired = اعتبار این اشتراک تمام شده است. از فرد اشتراک تازه‌ای بخواهید.
error-used_up = این اشتراک به تعداد مجاز باز شده است. از فرد اشتراک تازه‌ای بخواهید.
error-not_for_this_office = این اشتراک برای اداره دیگری است. اینجا نمی‌توان آن را باز کرد.
error-older_revision = هشدار: رله نسخه‌ای قدیمی‌تر از آنچه این اداره قبلاً دیده است تحویل داد. چیزی نمایش داده نمی‌شود. به فرد و بخش فناوری اطلاعات خود اطلاع دهید.
error-recovery_code = کد بازیابی اشتباه وارد شده است.
error-internal = در Mappe خطایی رخ داد. لطفاً به بخش فناوری اطلاعات خود اطلاع دهید.
error-storage = مرورگر نتوانست داده‌ها را ذخیره کند.
error-detail = جزئیات: { $detail }

## تأیید یک مدرک: اداره اطلاعاتی درباره مدرک شخص را امضا می‌کند و می‌تواند آن را پس بگیرد.

desk-issue-intro = اطلاعاتی را که در مدرک شخص بررسی کرده‌اید تأیید کنید، مثلاً اجازه اقامت. اینجا آنچه این اداره تأیید کرده را می‌بینید و می‌توانید پس بگیرید.
desk-issue = تأیید یک مدرک
issue-title = تأیید یک مدرک
issue-intro = شما اطلاعاتی را که بررسی کرده‌اید امضا می‌کنید. شخص تأیید را در Mappe خود نگه می‌دارد و می‌تواند آن را به ادارات دیگر نشان دهد؛ آن‌ها می‌بینند که اداره شما آن را تأیید کرده است.
issue-holder = کلید شخص
issue-holder-hint = Mappe شخص آن را زیر «کلید من برای ادارات» نشان می‌دهد: ‏64 نویسه از 0–9 و a–f. فاصله‌ها مهم نیستند.
issue-facts = اطلاعاتی که تأیید می‌کنید
issue-facts-hint = فقط آنچه را بررسی کرده‌اید پر کنید. فیلدهای خالی کنار گذاشته می‌شوند.
issue-choose = لطفاً انتخاب کنید
issue-expires = تأیید معتبر است تا
issue-expires-hint = پس از این روز ادارات دیگر آن را منقضی می‌بینند.
issue-submit = امضای تأیید
issue-holder-bad = کلید شخص باید 64 نویسه از 0–9 و a–f باشد. لطفاً آنچه را چسبانده شده بررسی کنید.
# $name: نام فیلد خالی.
issue-missing = لطفاً پر کنید: { $name }
issue-expires-bad = تأیید باید تا روزی پس از امروز معتبر باشد.
issue-done-title = تأیید امضا شد
# $n: شماره تأیید در این اداره.
issue-number = تأیید شماره { $n }
issue-done = آن را به شخص بدهید: او این کد را با Mappe خود اسکن می‌کند، یا فایل را به او می‌دهید.
issue-qr-alt = کد تأیید
issue-qr-too-long = این تأیید برای یک کد بیش از حد طولانی است. فایل یا متن را به شخص بدهید.
issue-download = دانلود فایل
issue-text = تأیید به صورت متن، برای کپی
# $detail: دلیل رله.
issue-publish-failed = رله فهرست لغو این اداره را نپذیرفت. در این مرورگر نگه داشته می‌شود و با تأیید یا لغو بعدی دوباره فرستاده می‌شود. ({ $detail })
issue-list-title = تأییدهای صادرشده
issue-list-note = همان‌طور که در این مرورگر نگه داشته شده. مدارک را فقط از یک رایانه اداره تأیید کنید.
issue-list-empty = هنوز تأییدی صادر نشده است.
issue-holder-short = کلید شخص
issue-state = وضعیت
issue-state-valid = معتبر
# $date: روز لغو.
issue-state-withdrawn = لغو شده در { $date }
issue-state-expired = منقضی
issue-withdraw = لغو
# $n: شماره تأیید.
issue-withdraw-confirm = تأیید شماره { $n } لغو شود؟ ادارات دیگر آن را لغوشده می‌بینند. این کار برگشت‌پذیر نیست.
issue-withdraw-yes = بله، لغو شود
# $n: شماره تأیید.
issue-withdrawn = تأیید شماره { $n } لغو شد.
`;var it=`### Mappe office desk (/office/): Turkish (Türkçe).
### UNREVIEWED machine translation, not yet checked by a native speaker (docs/office.md).
### Same message ids and variables as en.ftl (checked by app/test/unit/translations.test.js).

app-name = Mappe kurum masası
language-self = Türkçe
language = Dil
back = Geri
cancel = İptal
close = Kapat
print = Yazdır
lock = Oturumu bitir
working = Bir dakika …

start-intro = İnsanların Mappe uygulamalarından kurumunuzla paylaştığı belgeleri açın. Şifre çözme yalnızca bu tarayıcıda yapılır.
start-create-title = Kurum anahtarını oluştur
start-create-intro = Bütün kurum için tek bir anahtar (örneğin bir ekip). İnsanlar sizinle paylaşmak için onun kartını tarar.
office-name = Kurumun adı
office-name-hint = İnsanların bildiği şekliyle, örneğin "Jobcenter Musterstadt, Team 3".
office-kind = Kurum türü
passphrase = Parola ifadesi
passphrase-again = Parola ifadesi tekrar
passphrase-hint = En az 8 karakter. Bu masada paylaşımları açan herkesin buna ihtiyacı var.
passphrase-mismatch = İki parola ifadesi aynı değil.
passphrase-short = Lütfen en az 8 karakter kullanın.
name-missing = Lütfen kurumun adını girin.
create = Kurum anahtarını oluştur
start-import-title = Mevcut bir kurum anahtarını kullan
start-import-intro = Bu kurumun başka bir bilgisayarından (bir dışa aktarma dosyası) ya da komut satırıyla oluşturulmuş (klasöründeki keystore.mappe ve agency.json dosyaları).
import-files = Dosyaları seç
import-done = Kurum anahtarı bu tarayıcıya kaydedildi. Parola ifadesiyle açın.
start-unlock-title = Masayı aç
unlock-office = Kurum: { $name }
unlock = Aç
start-other-key = Bu tarayıcıda başka bir kurum anahtarı kullan
start-other-key-warning = Bu, kurum anahtarını bu tarayıcıdan siler. Başka bir yerde kayıtlı değilse önce dışa aktarın.
start-other-key-yes = Evet, bu tarayıcıdan sil
locked-idle = Oturum 15 dakika kullanılmadığı için sona erdi.

recovery-title = Kurum anahtarının kurtarma kodu
recovery-intro = Bu kodu kâğıda yazın ve kilitli bir yerde saklayın. Tüm kopyalar kaybolursa anahtar onunla yeniden oluşturulabilir.
recovery-once = Yalnızca şimdi gösterilir. Ona sahip olan, kurumunuzla paylaşılan her şeyi açabilir.
recovery-written = Yazdım

kind-jobcenter = İş merkezi (Jobcenter)
kind-auslaenderbehoerde = Yabancılar dairesi (Ausländerbehörde)
kind-sozialamt = Sosyal yardım dairesi (Sozialamt)
kind-agentur_fuer_arbeit = İş ajansı (Agentur für Arbeit)
kind-bamf = Federal Göç ve Mülteciler Dairesi (BAMF)
kind-beratungsstelle = Danışma merkezi
kind-sprachschule = Dil okulu
kind-other = Diğer

desk-title = Masa
desk-card-title = Kurumunuzun kartı
desk-card-intro = İnsanlar belgelerini yalnızca kurumunuzla paylaşmak için bu kodu Mappe ile tarar.
desk-fingerprint = Anahtar
desk-poster = Danışma için afiş (A4)
desk-export = Kurum anahtarını dışa aktar
desk-export-intro = Aynı kurumun ikinci bir bilgisayarı için. Dosya parola ifadesiyle kilitli kalır.
desk-export-done = Dışa aktarma dosyası kaydedildi. Diğer bilgisayarda içe aktarın ve aynı parola ifadesiyle açın.
desk-open-title = Paylaşım aç
desk-open-intro = Kişinin gösterdiği kodu tarayın ya da bağlantıyı yapıştırın.
open-scan = Kamerayla tara
open-link = Bağlantı
open-link-go = Aç
open-picture = Bir resimden
open-opening = Açılıyor ve kontrol ediliyor …
scan-title = Kodu kameranın önünde tutun
scan-no-camera = Kamera kullanılamıyor. Bunun yerine bağlantıyı yapıştırın veya bir resim seçin.
scan-no-code = Bu resimde kod bulunamadı.
open-other-relay = Bu paylaşım başka bir aktarıcıda ({ $host }). Onu o aktarıcının masasında açın.
not-a-link = Bu bir Mappe paylaşım bağlantısı değil.

poster-title = Belgelerinizi bizimle paylaşın
poster-text = Telefonunuzda Mappe'yi açın, "Paylaş"ı, ardından "Yalnızca bir kurum"u seçin ve bu kodu tarayın.
poster-check = Uygulamanın bu kurumu ve bu anahtarı gösterdiğini kontrol edin:

share-stated = Kişinin beyanı, paylaşıldığından beri değişmedi
share-stated-text = Bu anahtara sahip Mappe tarafından imzalandı ve paylaşıldığından beri değişmedi:
share-stated-note = Bu, kimin paylaştığını ve hiçbir şeyin değiştirilmediğini gösterir; bilgilerin doğru olduğunu göstermez.
share-from-sitting = Bu oturumdan gösteriliyor, yeniden alınmadı.
share-fetch-again = Yeniden al (bir açma hakkı daha kullanır)
share-fetch-again-confirm = Yeniden almak, paylaşımın açma haklarından birini daha kullanır. Yeniden alınsın mı?
share-fetch-again-yes = Evet, yeniden al
share-shared-with = Paylaşıldığı yer
share-anyone = Kodu veya bağlantıyı olan herkes
share-office = { $name }
share-purpose = Amaç
share-valid-until = Geçerlilik sonu
share-opens = Açılma
share-opens-of = { $opens } / { $max }
share-opens-unlimited = { $opens } (sınırsız)
share-revision = Sürüm
share-live = Güncel tutulur: sonraki düzeltmeler bir sonraki açılışta gelir.
share-revised = Son düzeltme
share-changed-title = Son açışınızdan beri değişenler
share-changed-intro = { $revision }. sürümden beri:
share-changed-none = Son açışınızdan beri hiçbir şey değişmedi.
share-changed-added = (yeni)
share-changed-removed = (kaldırıldı)
share-fields = Paylaşılan belgeler, kişinin beyan ettiği gibi
share-scans = Taramalar
share-scan-size = { $size }
share-scan-open = Aç
share-scan-download = İndir
share-consent-title = Kişiye gösterilen ve onun onayladığı metin
share-consent-lang = Dil: { $lang }
share-record = Dosya için tutanağı yazdır
share-close = Bu paylaşımı kapat
share-id = Paylaşım no.
share-created = Paylaşım tarihi

attest-title = Kurumların onayları
attest-intro = Bu bilgileri bir kurum kendisi imzaladı. Her biri ayrı ayrı kontrol edilir.
attest-confirmed = { $name } tarafından { $date } tarihinde onaylandı
attest-untrusted = Güven listenizde olmayan bir kurum tarafından imzalandı
attest-status-unknown = Kurumun onu geri çekip çekmediği kontrol edilemedi
attest-withdrawn = Kurum tarafından geri çekildi
attest-expired = Onayın süresi { $date } tarihinde doldu
attest-not-yet-valid = Onay ileri bir tarihle düzenlenmiş ({ $date })
attest-invalid = Geçersiz — gösterilmiyor: { $reason }
attest-reason-malformed = hasarlı ya da bir kurum onayı değil
attest-reason-algorithm = imza yöntemi kabul edilmiyor
attest-reason-bad_signature = kurumun imzası uyuşmuyor, değiştirilmiş
attest-reason-bad_disclosure = içindeki bir bilgi kurum tarafından imzalanmamış
attest-reason-bad_key_binding = bu paylaşıma bağlı değil
attest-reason-other_holder = başka bir kişi için düzenlenmiş
attest-reason-unknown_type = bilinmeyen bir belge türü
attest-reason-bad_claim = içindeki bir bilgi doğru biçimde değil
attest-reason-too_large = çok büyük
attest-reason-other = bir kontrolden geçemedi ({ $detail })
attest-trust-problem = Kurumların güven listesi kullanılamadı. Hiçbir kurum listede sayılmıyor.
attest-kind = Belge
attest-kind-residence = Oturum belgesi
attest-kind-certificate = Sertifika
attest-kind-recognition = Yabancı bir yeterliliğin tanınması
attest-about = İlgili kayıt
attest-facts-confirmed = Onaylanan bilgiler
attest-facts = Kurumun imzaladığı bilgiler (onaylanmamış)
attest-facts-none = Gösterilen bilgi yok.
attest-office = Kurum
attest-office-unlisted = Güven listenizde değil
attest-office-key = Kurumun anahtarı
attest-issued = Düzenlenme tarihi
attest-expires = Onayın geçerlilik sonu
attest-status-as-of = Geri çekme listesi kontrol edildi
attest-yes = evet
attest-no = hayır

claim-kind = Tür
claim-number = Belge numarası
claim-valid_from = Geçerlilik başlangıcı
claim-valid_until = Geçerlilik sonu
claim-legal_basis = Yasal dayanak
claim-work_permitted = Çalışma izni
claim-level = Seviye
claim-issuer = Düzenleyen
claim-date = Tarih
claim-degree = Derece
claim-decision = Karar

record-title = Doğrulanmış bir Mappe paylaşımının tutanağı
record-retrieved = Alınma zamanı: { $date }
record-by = Alan: { $name } (anahtar { $fingerprint })
record-from = Verilerin geldiği Mappe'nin anahtarı

section-profile = Kişisel bilgiler
section-cv = Özgeçmiş
section-certificates = Sertifikalar
section-residence = Oturum belgeleri
section-other = Diğer bilgiler
empty = —

field-given_names = Adlar
field-family_name = Soyadı
field-aliases = Diğer yazılışlar
field-birth_date = Doğum tarihi
field-birth_place = Doğum yeri
field-nationality = Uyruk
field-languages = Diller
field-contact = İletişim
field-phone = Telefon
field-email = E-posta
field-address = Adres
field-kind = Tür
field-title = Başlık
field-organisation = Okul, işveren veya kurs sağlayıcı
field-place = Yer
field-from = Başlangıç
field-to = Bitiş
field-description = Açıklama
field-issuer = Veren
field-issued_on = Veriliş tarihi
field-cefr_level = Seviye (CEFR)
field-exam = Sınav
field-number = Belge numarası
field-valid_until = Geçerlilik sonu
field-authority = Makam
field-language = Dil
field-level = Seviye
# unreviewed
field-legal_basis = Yasal dayanak
# unreviewed
field-work = Çalışma
# unreviewed
field-conditions = Koşullar (Auflagen)
# unreviewed
work-permitted = Çalışma izni var
# unreviewed
work-permitted_with_approval = Yalnızca Yabancılar Dairesi'nin izniyle çalışma
# unreviewed
work-not_permitted = Çalışma izni yok

item-education = Okul veya öğrenim
item-work = İş
item-training = Eğitim veya kurs
item-other = Diğer
item-language = Dil sertifikası
item-qualification = Yeterlilik
item-recognition = Yabancı diplomanın denkliği
item-aufenthaltserlaubnis = Oturum izni (Aufenthaltserlaubnis)
item-niederlassungserlaubnis = Süresiz oturum izni (Niederlassungserlaubnis)
item-aufenthaltsgestattung = İltica sürecinde kalış izni (Aufenthaltsgestattung)
item-duldung = Hoşgörü statüsü (Duldung)
item-fiktionsbescheinigung = Geçici belge (Fiktionsbescheinigung)
item-visa = Vize
item-eu_citizen = AB vatandaşı

lang-de = Almanca
lang-en = İngilizce
lang-ar = Arapça
lang-uk = Ukraynaca
lang-fa = Farsça
lang-tr = Türkçe

error-wrong_passphrase = Parola ifadesi doğru değil. Lütfen tekrar deneyin.
error-integrity = Kontrol başarısız: veriler değiştirilmiş ya da bozulmuş veya imza uyuşmuyor. Hiçbir şey gösterilmiyor.
error-format = Bu bir Mappe dosyası veya paylaşımı değil ya da Mappe'nin daha yeni bir sürümünden.
error-bad_input = Bu kabul edilmiyor. Lütfen kontrol edin.
error-not_found = Aktarıcıda böyle bir paylaşım yok.
error-too_large = Bu çok büyük.
error-unreachable = Aktarıcıya ulaşılamıyor. Ağ bağlantısını kontrol edin.
error-relay = Aktarıcı bunu reddetti. Lütfen daha sonra tekrar deneyin.
error-withheld = Aktarıcıda veri eksik. Hiçbir şey gösterilmiyor.
error-revoked = Kişi bu paylaşımı geri aldı. Artık açılamaz.
error-expired = Bu paylaşımın süresi doldu. Kişiden yeni bir paylaşım isteyin.
error-used_up = Bu paylaşım izin verilen sayıda açıldı. Kişiden yeni bir paylaşım isteyin.
error-not_for_this_office = Bu paylaşım başka bir kuruma yönelik. Burada açılamaz.
error-older_revision = Uyarı: aktarıcı bu paylaşımın, bu kurumun daha önce gördüğünden daha eski bir sürümünü verdi. Hiçbir şey gösterilmiyor. Kişiye ve BT biriminize bildirin.
error-recovery_code = Kurtarma kodu yanlış yazılmış.
error-internal = Mappe'nin içinde bir hata oluştu. Lütfen BT biriminize bildirin.
error-storage = Tarayıcı verileri kaydedemedi.
error-detail = Ayrıntı: { $detail }

## Bir belgeyi onaylamak: kurum, kişinin bir belgesine ilişkin bilgileri imzalar ve onayı geri alabilir.

desk-issue-intro = Kişinin bir belgesinde kontrol ettiğiniz bilgileri onaylayın, örneğin oturum izni. Bu kurumun onayladıklarını burada görür ve geri alabilirsiniz.
desk-issue = Bir belgeyi onayla
issue-title = Bir belgeyi onayla
issue-intro = Kontrol ettiğiniz bilgileri imzalarsınız. Kişi onayı Mappe'sinde saklar ve başka kurumlara gösterebilir; onlar kurumunuzun onayladığını görür.
issue-holder = Kişinin anahtarı
issue-holder-hint = Kişinin Mappe'si bunu "Kurumlar için anahtarım" altında gösterir: 0–9 ve a–f arasında 64 karakter. Boşluklar önemli değil.
issue-facts = Onayladığınız bilgiler
issue-facts-hint = Yalnızca kontrol ettiklerinizi doldurun. Boş alanlar dışarıda bırakılır.
issue-choose = Lütfen seçin
issue-expires = Onayın geçerlilik sonu
issue-expires-hint = Bu günden sonra diğer kurumlar onayı süresi dolmuş olarak görür.
issue-submit = Onayı imzala
issue-holder-bad = Kişinin anahtarı 0–9 ve a–f arasında 64 karakter olmalıdır. Lütfen yapıştırılanı kontrol edin.
# $name: boş alanın adı.
issue-missing = Lütfen doldurun: { $name }
issue-expires-bad = Onay bugünden sonraki bir güne kadar geçerli olmalıdır.
issue-done-title = Onay imzalandı
# $n: onayın bu kurumdaki numarası.
issue-number = Onay no. { $n }
issue-done = Kişiye verin: bu kodu Mappe ile tarar ya da dosyayı ona verirsiniz.
issue-qr-alt = Onayın kodu
issue-qr-too-long = Bu onay bir kod için fazla uzun. Kişiye dosyayı ya da metni verin.
issue-download = Dosyayı indir
issue-text = Kopyalamak için metin olarak onay
# $detail: aktarıcının gerekçesi.
issue-publish-failed = Aktarıcı bu kurumun geri alma listesini kabul etmedi. Liste bu tarayıcıda saklanır ve bir sonraki onay ya da geri almayla yeniden gönderilir. ({ $detail })
issue-list-title = Verilen onaylar
issue-list-note = Bu tarayıcıda saklandığı haliyle. Belgeleri kurumun yalnızca bir bilgisayarından onaylayın.
issue-list-empty = Henüz onay verilmedi.
issue-holder-short = Kişinin anahtarı
issue-state = Durum
issue-state-valid = Geçerli
# $date: geri alındığı gün.
issue-state-withdrawn = { $date } tarihinde geri alındı
issue-state-expired = Süresi doldu
issue-withdraw = Geri al
# $n: onayın numarası.
issue-withdraw-confirm = Onay no. { $n } geri alınsın mı? Diğer kurumlar onu geri alınmış olarak görür. Bu geri döndürülemez.
issue-withdraw-yes = Evet, geri al
# $n: onayın numarası.
issue-withdrawn = Onay no. { $n } geri alındı.
`;var F=class{constructor(t){this.value=t}valueOf(){return this.value}},b=class extends F{constructor(t="???"){super(t)}toString(t){return`{${this.value}}`}},D=class extends F{constructor(t,n={}){super(t),this.opts=n}toString(t){if(t)try{return t.memoizeIntlObject(Intl.NumberFormat,this.opts).format(this.value)}catch(n){t.reportError(n)}return this.value.toString(10)}},K=class e extends F{static supportsValue(t){if(typeof t=="number"||t instanceof Date)return!0;if(t instanceof F)return e.supportsValue(t.valueOf());if("Temporal"in globalThis){let n=globalThis.Temporal;if(t instanceof n.Instant||t instanceof n.PlainDateTime||t instanceof n.PlainDate||t instanceof n.PlainMonthDay||t instanceof n.PlainTime||t instanceof n.PlainYearMonth)return!0}return!1}constructor(t,n={}){t instanceof e?(n={...t.opts,...n},t=t.value):t instanceof F&&(t=t.valueOf()),typeof t=="object"&&"calendarId"in t&&n.calendar===void 0&&(n={...n,calendar:t.calendarId}),super(t),this.opts=n}[Symbol.toPrimitive](t){return t==="string"?this.toString():this.toNumber()}toNumber(){let t=this.value;if(typeof t=="number")return t;if(t instanceof Date)return t.getTime();if("epochMilliseconds"in t)return t.epochMilliseconds;if("toZonedDateTime"in t)return t.toZonedDateTime("UTC").epochMilliseconds;throw new TypeError("Unwrapping a non-number value as a number")}toString(t){if(t)try{return t.memoizeIntlObject(Intl.DateTimeFormat,this.opts).format(this.value)}catch(n){t.reportError(n)}return typeof this.value=="number"||this.value instanceof Date?new Date(this.value).toISOString():this.value.toString()}};var rt=100,vn="⁨",Sn="⁩";function xn(e,t,n){if(n===t||n instanceof D&&t instanceof D&&n.value===t.value)return!0;if(t instanceof D&&typeof n=="string"){let i=e.memoizeIntlObject(Intl.PluralRules,t.opts).select(t.value);if(n===i)return!0}return!1}function at(e,t,n){return t[n]?X(e,t[n].value):(e.reportError(new RangeError("No default")),new b)}function Se(e,t){let n=[],i=Object.create(null);for(let r of t)r.type==="narg"?i[r.name]=te(e,r.value):n.push(te(e,r));return{positional:n,named:i}}function te(e,t){switch(t.type){case"str":return t.value;case"num":return new D(t.value,{minimumFractionDigits:t.precision});case"var":return _n(e,t);case"mesg":return $n(e,t);case"term":return En(e,t);case"func":return An(e,t);case"select":return Dn(e,t);default:return new b}}function _n(e,{name:t}){let n;if(e.params)if(Object.prototype.hasOwnProperty.call(e.params,t))n=e.params[t];else return new b(`$${t}`);else if(e.args&&Object.prototype.hasOwnProperty.call(e.args,t))n=e.args[t];else return e.reportError(new ReferenceError(`Unknown variable: $${t}`)),new b(`$${t}`);if(n instanceof F)return n;switch(typeof n){case"string":return n;case"number":return new D(n);case"object":if(K.supportsValue(n))return new K(n);default:return e.reportError(new TypeError(`Variable type not supported: $${t}, ${typeof n}`)),new b(`$${t}`)}}function $n(e,{name:t,attr:n}){let i=e.bundle._messages.get(t);if(!i)return e.reportError(new ReferenceError(`Unknown message: ${t}`)),new b(t);if(n){let r=i.attributes[n];return r?X(e,r):(e.reportError(new ReferenceError(`Unknown attribute: ${n}`)),new b(`${t}.${n}`))}return i.value?X(e,i.value):(e.reportError(new ReferenceError(`No value: ${t}`)),new b(t))}function En(e,{name:t,attr:n,args:i}){let r=`-${t}`,s=e.bundle._terms.get(r);if(!s)return e.reportError(new ReferenceError(`Unknown term: ${r}`)),new b(r);if(n){let d=s.attributes[n];if(d){e.params=Se(e,i).named;let u=X(e,d);return e.params=null,u}return e.reportError(new ReferenceError(`Unknown attribute: ${n}`)),new b(`${r}.${n}`)}e.params=Se(e,i).named;let l=X(e,s.value);return e.params=null,l}function An(e,{name:t,args:n}){let i=e.bundle._functions[t];if(!i)return e.reportError(new ReferenceError(`Unknown function: ${t}()`)),new b(`${t}()`);if(typeof i!="function")return e.reportError(new TypeError(`Function ${t}() is not callable`)),new b(`${t}()`);try{let r=Se(e,n);return i(r.positional,r.named)}catch(r){return e.reportError(r),new b(`${t}()`)}}function Dn(e,{selector:t,variants:n,star:i}){let r=te(e,t);if(r instanceof b)return at(e,n,i);for(let s of n){let l=te(e,s.key);if(xn(e,r,l))return X(e,s.value)}return at(e,n,i)}function xe(e,t){if(e.dirty.has(t))return e.reportError(new RangeError("Cyclic reference")),new b;e.dirty.add(t);let n=[],i=e.bundle._useIsolating&&t.length>1;for(let r of t){if(typeof r=="string"){n.push(e.bundle._transform(r));continue}if(e.placeables++,e.placeables>rt)throw e.dirty.delete(t),new RangeError(`Too many placeables expanded: ${e.placeables}, max allowed is ${rt}`);i&&n.push(vn),n.push(te(e,r).toString(e)),i&&n.push(Sn)}return e.dirty.delete(t),n.join("")}function X(e,t){return typeof t=="string"?e.bundle._transform(t):xe(e,t)}var pe=class{constructor(t,n,i){this.dirty=new WeakSet,this.params=null,this.placeables=0,this.bundle=t,this.errors=n,this.args=i}reportError(t){if(!this.errors||!(t instanceof Error))throw t;this.errors.push(t)}memoizeIntlObject(t,n){let i=this.bundle._intls.get(t);i||(i={},this.bundle._intls.set(t,i));let r=JSON.stringify(n);return i[r]||(i[r]=new t(this.bundle.locales,n)),i[r]}};function _e(e,t){let n=Object.create(null);for(let[i,r]of Object.entries(e))t.includes(i)&&(n[i]=r.valueOf());return n}var st=["unitDisplay","currencyDisplay","useGrouping","minimumIntegerDigits","minimumFractionDigits","maximumFractionDigits","minimumSignificantDigits","maximumSignificantDigits"];function ot(e,t){let n=e[0];if(n instanceof b)return new b(`NUMBER(${n.valueOf()})`);if(n instanceof D)return new D(n.valueOf(),{...n.opts,..._e(t,st)});if(n instanceof K)return new D(n.toNumber(),{..._e(t,st)});throw new TypeError("Invalid argument to NUMBER")}var Tn=["dateStyle","timeStyle","fractionalSecondDigits","dayPeriod","hour12","weekday","era","year","month","day","hour","minute","second","timeZoneName"];function lt(e,t){let n=e[0];if(n instanceof b)return new b(`DATETIME(${n.valueOf()})`);if(n instanceof K||n instanceof D)return new K(n,_e(t,Tn));throw new TypeError("Invalid argument to DATETIME")}var dt=new Map;function ct(e){let t=Array.isArray(e)?e.join(" "):e,n=dt.get(t);return n===void 0&&(n=new Map,dt.set(t,n)),n}var ne=class{constructor(t,{functions:n,useIsolating:i=!0,transform:r=s=>s}={}){this._terms=new Map,this._messages=new Map,this.locales=Array.isArray(t)?t:[t],this._functions={NUMBER:ot,DATETIME:lt,...n},this._useIsolating=i,this._transform=r,this._intls=ct(t)}hasMessage(t){return this._messages.has(t)}getMessage(t){return this._messages.get(t)}addResource(t,{allowOverrides:n=!1}={}){let i=[];for(let r=0;r<t.body.length;r++){let s=t.body[r];if(s.id.startsWith("-")){if(n===!1&&this._terms.has(s.id)){i.push(new Error(`Attempt to override an existing term: "${s.id}"`));continue}this._terms.set(s.id,s)}else{if(n===!1&&this._messages.has(s.id)){i.push(new Error(`Attempt to override an existing message: "${s.id}"`));continue}this._messages.set(s.id,s)}}return i}formatPattern(t,n=null,i=null){if(typeof t=="string")return this._transform(t);let r=new pe(this,i,n);try{return xe(r,t).toString(r)}catch(s){if(r.errors&&s instanceof Error)return r.errors.push(s),new b().toString(r);throw s}}};var $e=/^(-?[a-zA-Z][\w-]*) *= */gm,ut=/\.([a-zA-Z][\w-]*) *= */y,Bn=/\*?\[/y,Ee=/(-?[0-9]+(?:\.([0-9]+))?)/y,zn=/([a-zA-Z][\w-]*)/y,ft=/([$-])?([a-zA-Z][\w-]*)(?:\.([a-zA-Z][\w-]*))?/y,Mn=/^[A-Z][A-Z0-9_-]*$/,me=/([^{}\n\r]+)/y,In=/([^\\"\n\r]*)/y,ht=/\\([\\"])/y,pt=/\\u([a-fA-F0-9]{4})|\\U([a-fA-F0-9]{6})/y,On=/^\n+/,mt=/ +$/,Nn=/ *\r?\n/g,Pn=/( *)$/,Cn=/{\s*/y,gt=/\s*}/y,Ln=/\[\s*/y,Rn=/\s*] */y,Fn=/\s*\(\s*/y,Kn=/\s*->\s*/y,jn=/\s*:\s*/y,Un=/\s*,?\s*/y,Vn=/\s+/y,ie=class{constructor(t){this.body=[],$e.lastIndex=0;let n=0;for(;;){let c=$e.exec(t);if(c===null)break;n=$e.lastIndex;try{this.body.push(u(c[1]))}catch(h){if(h instanceof SyntaxError)continue;throw h}}function i(c){return c.lastIndex=n,c.test(t)}function r(c,h){if(t[n]===c)return n++,!0;if(h)throw new h(`Expected ${c}`);return!1}function s(c,h){if(i(c))return n=c.lastIndex,!0;if(h)throw new h(`Expected ${c.toString()}`);return!1}function l(c){c.lastIndex=n;let h=c.exec(t);if(h===null)throw new SyntaxError(`Expected ${c.toString()}`);return n=c.lastIndex,h}function d(c){return l(c)[1]}function u(c){let h=p(),v=m();if(h===null&&Object.keys(v).length===0)throw new SyntaxError("Expected message value or attributes");return{id:c,value:h,attributes:v}}function m(){let c=Object.create(null);for(;i(ut);){let h=d(ut),v=p();if(v===null)throw new SyntaxError("Expected attribute value");c[h]=v}return c}function p(){let c;if(i(me)&&(c=d(me)),t[n]==="{"||t[n]==="}")return g(c?[c]:[],1/0);let h=Ze();return h?c?g([c,h],h.length):(h.value=ve(h.value,On),g([h],h.length)):c?ve(c,mt):null}function g(c=[],h){for(;;){if(i(me)){c.push(d(me));continue}if(t[n]==="{"){c.push(w());continue}if(t[n]==="}")throw new SyntaxError("Unbalanced closing brace");let R=Ze();if(R){c.push(R),h=Math.min(h,R.length);continue}break}let v=c.length-1,Z=c[v];typeof Z=="string"&&(c[v]=ve(Z,mt));let ee=[];for(let R of c)R instanceof ge&&(R=R.value.slice(0,R.value.length-h)),R&&ee.push(R);return ee}function w(){s(Cn,SyntaxError);let c=$();if(s(gt))return c;if(s(Kn)){let h=O();return s(gt,SyntaxError),{type:"select",selector:c,...h}}throw new SyntaxError("Unclosed placeable")}function $(){if(t[n]==="{")return w();if(i(ft)){let[,c,h,v=null]=l(ft);if(c==="$")return{type:"var",name:h};if(s(Fn)){let Z=x();if(c==="-")return{type:"term",name:h,attr:v,args:Z};if(Mn.test(h))return{type:"func",name:h,args:Z};throw new SyntaxError("Function names must be all upper-case")}return c==="-"?{type:"term",name:h,attr:v,args:[]}:{type:"mesg",name:h,attr:v}}return T()}function x(){let c=[];for(;;){switch(t[n]){case")":return n++,c;case void 0:throw new SyntaxError("Unclosed argument list")}c.push(_()),s(Un)}}function _(){let c=$();return c.type!=="mesg"?c:s(jn)?{type:"narg",name:c.name,value:T()}:c}function O(){let c=[],h=0,v;for(;i(Bn);){r("*")&&(v=h);let Z=N(),ee=p();if(ee===null)throw new SyntaxError("Expected variant value");c[h++]={key:Z,value:ee}}if(h===0)return null;if(v===void 0)throw new SyntaxError("Expected default variant");return{variants:c,star:v}}function N(){s(Ln,SyntaxError);let c;return i(Ee)?c=Je():c={type:"str",value:d(zn)},s(Rn,SyntaxError),c}function T(){if(i(Ee))return Je();if(t[n]==='"')return hn();throw new SyntaxError("Invalid expression")}function Je(){let[,c,h=""]=l(Ee),v=h.length;return{type:"num",value:parseFloat(c),precision:v}}function hn(){r('"',SyntaxError);let c="";for(;;){if(c+=d(In),t[n]==="\\"){c+=pn();continue}if(r('"'))return{type:"str",value:c};throw new SyntaxError("Unclosed string literal")}}function pn(){if(i(ht))return d(ht);if(i(pt)){let[,c,h]=l(pt),v=parseInt(c||h,16);return v<=55295||57344<=v?String.fromCodePoint(v):"�"}throw new SyntaxError("Unknown escape sequence")}function Ze(){let c=n;switch(s(Vn),t[n]){case".":case"[":case"*":case"}":case void 0:return!1;case"{":return He(t.slice(c,n))}return t[n-1]===" "?He(t.slice(c,n)):!1}function ve(c,h){return c.replace(h,"")}function He(c){let h=c.replace(Nn,`
`),v=Pn.exec(c)[1].length;return new ge(h,v)}}},ge=class{constructor(t,n){this.value=t,this.length=n}};var W=["de","en","ar","uk","fa","tr"];function Ae(e,t){if(W.includes(e))return e;for(let n of t||[]){let i=String(n).toLowerCase().split("-")[0];if(W.includes(i))return i}return"de"}var yt={},Wn=new Set(["ar","fa"]),De=new Map,re="de";function kt(e){yt=e,De.clear()}function qn(e){let t=De.get(e);return t||(t=new ne(e),t.addResource(new ie(yt[e])),De.set(e,t)),t}function Te(e){re=W.includes(e)?e:"de",document.documentElement.lang=re,document.documentElement.dir=ae(re)?"rtl":"ltr"}var E=()=>re,ae=e=>Wn.has(e);function o(e,t,n=re){let i=qn(n),r=i.getMessage(e);if(!r||!r.value)return e;let s=[];return i.formatPattern(r.value,t,s)}var wt=e=>o("language-self",void 0,e);var bt,se=null;function vt(e){se=e}function P(){return bt??=(se?import(`${se}wallet_wasm.js`):import("./pkg/wallet_wasm.js")).then(async e=>(await e.default({module_or_path:new URL(se?`${se}wallet_wasm_bg.wasm`:"./pkg/wallet_wasm_bg.wasm",import.meta.url)}),e)),bt}async function St({method:e,url:t,headers:n,body:i}){let r=await fetch(t,{method:e,headers:n||[],body:i??void 0,cache:"no-store",credentials:"omit"});return{status:r.status,body:new Uint8Array(await r.arrayBuffer())}}var j=()=>Math.floor(Date.now()/1e3);kt({de:Qe,en:Xe,ar:et,uk:tt,fa:nt,tr:it});vt("../app/pkg/");function a(e,t={},...n){let i=document.createElement(e);for(let[r,s]of Object.entries(t||{}))if(!(s===!1||s===null||s===void 0))if(r==="text")i.textContent=s;else if(r==="on")for(let[l,d]of Object.entries(s))i.addEventListener(l,d);else r==="class"?i.className=s:r==="value"?i.value=s:r==="checked"?i.checked=!!s:i.setAttribute(r,s===!0?"":String(s));for(let r of n.flat())r==null||r===!1||i.append(typeof r=="string"?document.createTextNode(r):r);return i}var f=(e,t,n,i={})=>a(e,{...i,text:o(t,n),"data-t":t}),k=(e,t,n={})=>a("button",{type:"button",...n,class:`btn ${n.class||""}`.trim(),text:o(e),"data-t":e,on:{click:t}});function C(e,t,n){let i=`f-${e}-${Math.random().toString(36).slice(2,8)}`;t.id=i;let r=a("div",{class:"field"},a("label",{for:i,text:o(e),"data-t":e}),t);return n&&r.append(a("p",{class:"hint",text:o(n)})),{row:r,input:t}}function A(e,...t){e.replaceChildren(...t.flat().filter(Boolean)),window.scrollTo(0,0)}function q(e){let t=e&&e.appCode?e.appCode:e&&e.name==="MappeError"&&e.code?e.code:"internal",n=e&&e.appCode?e.appCode:`error-${t}`,i=a("div",{class:"notice error",role:"alert","data-error":t},a("p",{text:o(n,e&&e.args)}));return t==="bad_input"&&e.message&&i.append(a("p",{class:"detail",dir:"auto",text:o("error-detail",{detail:e.message})})),t==="internal"&&e&&console.warn("mappe internal error",e),i}var U=(e,t,n="info")=>a("div",{class:`notice ${n}`,role:"status","data-notice":e},a("p",{text:o(e,t)}));function oe(e,t){try{return new Intl.DateTimeFormat(t,{dateStyle:"medium",timeStyle:"short"}).format(new Date(e*1e3))}catch{return new Date(e*1e3).toISOString()}}async function B(e,t,n){e.disabled=!0,t.replaceChildren();try{return await n()}catch(i){t.replaceChildren(q(i));return}finally{e.disabled=!1}}function S(e,t){let n=new Error(t||e);return n.appCode=e,n}var Me=(e,t)=>t.some(n=>e instanceof n),xt,_t;function Gn(){return xt||(xt=[IDBIndex,IDBObjectStore,IDBCursor,IDBDatabase,IDBTransaction])}function Yn(){return _t||(_t=["advance","continue","continuePrimaryKey"].map(e=>IDBCursor.prototype[e]))}var Ie=new WeakMap,Be=new WeakMap,ye=new WeakMap;function Jn(e){let t=new Promise((n,i)=>{let r=()=>{e.removeEventListener("success",s),e.removeEventListener("error",l)},s=()=>{n(H(e.result)),r()},l=()=>{i(e.error),r()};e.addEventListener("success",s),e.addEventListener("error",l)});return ye.set(t,e),t}function Zn(e){if(Ie.has(e))return;let t=new Promise((n,i)=>{let r=()=>{e.removeEventListener("complete",s),e.removeEventListener("error",l),e.removeEventListener("abort",l)},s=()=>{n(),r()},l=()=>{i(e.error||new DOMException("AbortError","AbortError")),r()};e.addEventListener("complete",s),e.addEventListener("error",l),e.addEventListener("abort",l)});Ie.set(e,t)}var Oe={get(e,t,n){if(e instanceof IDBTransaction){if(t==="done")return Ie.get(e);if(t==="store")return n.objectStoreNames[1]?void 0:n.objectStore(n.objectStoreNames[0])}return H(e[t])},set(e,t,n){return e[t]=n,!0},has(e,t){return e instanceof IDBTransaction&&(t==="done"||t==="store")?!0:t in e}};function Dt(e){Oe=e(Oe)}function Hn(e){return Yn().includes(e)?function(...t){return e.apply(Ne(this),t),H(this.request)}:function(...t){return H(e.apply(Ne(this),t))}}function Qn(e){return typeof e=="function"?Hn(e):(e instanceof IDBTransaction&&Zn(e),Me(e,Gn())?new Proxy(e,Oe):e)}function H(e){if(e instanceof IDBRequest)return Jn(e);if(Be.has(e))return Be.get(e);let t=Qn(e);return Object.is(t,e)||(Be.set(e,t),ye.set(t,e)),t}var Ne=e=>ye.get(e);function Tt(e,t,{blocked:n,upgrade:i,blocking:r,terminated:s}={}){let l=indexedDB.open(e,t),d=H(l);return i&&l.addEventListener("upgradeneeded",u=>{i(H(l.result),u.oldVersion,u.newVersion,H(l.transaction),u)}),n&&l.addEventListener("blocked",u=>n(u.oldVersion,u.newVersion,u)),d.then(u=>{s&&u.addEventListener("close",()=>s()),r&&u.addEventListener("versionchange",m=>r(m.oldVersion,m.newVersion,m))}).catch(()=>{}),d}var Xn=["get","getKey","getAll","getAllKeys","count"],ei=["put","add","delete","clear"],ze={};function $t(e,t){if(!(e instanceof IDBDatabase&&!(t in e)&&typeof t=="string"))return;if(ze[t])return ze[t];let n=t.replace(/FromIndex$/,""),i=t!==n,r=ei.includes(n);if(!(n in(i?IDBIndex:IDBObjectStore).prototype)||!(r||Xn.includes(n)))return;let s=async function(l,...d){let u=this.transaction(l,r?"readwrite":"readonly"),m=u.store;return i&&(m=m.index(d.shift())),(await Promise.all([m[n](...d),r&&u.done]))[0]};return ze[t]=s}Dt(e=>({...e,get:(t,n,i)=>$t(t,n)||e.get(t,n,i),has:(t,n)=>!!$t(t,n)||e.has(t,n)}));var ti=["advance","continue","continuePrimaryKey"],Et={},Pe=new WeakMap,Bt=new WeakMap,ni={get(e,t){if(!ti.includes(t))return e[t];let n=Et[t];return n||(n=Et[t]=function(...i){Pe.set(this,Bt.get(this)[t](...i))}),n}};async function*ii(...e){let t=this;if(t instanceof IDBCursor||(t=await t.openCursor(...e)),!t)return;t=t;let n=new Proxy(t,ni);for(Bt.set(n,t),ye.set(n,Ne(t));t;)yield n,t=await(Pe.get(n)||t.continue()),Pe.delete(n)}function At(e,t){return t===Symbol.asyncIterator&&Me(e,[IDBIndex,IDBObjectStore,IDBCursor])||t==="iterate"&&Me(e,[IDBIndex,IDBObjectStore])}Dt(e=>({...e,get(t,n,i){return At(t,n)?ii:e.get(t,n,i)},has(t,n){return At(t,n)||e.has(t,n)}}));var ri="mappe-office",ai=["office","seen","sitting","settings","registry"],Ce="current",zt;function z(){return zt??=Tt(ri,2,{upgrade(e){for(let t of ai)e.objectStoreNames.contains(t)||e.createObjectStore(t)}}),zt}var ke=e=>e instanceof Uint8Array?e:e&&new Uint8Array(e);async function we(){let e=await(await z()).get("office",Ce);return e?{...e,keystore:ke(e.keystore)}:void 0}async function Le(e){let n=(await z()).transaction(["office","seen","sitting"],"readwrite");await Promise.all([n.objectStore("seen").clear(),n.objectStore("sitting").clear(),n.objectStore("office").put(e,Ce),n.done])}async function Mt(){let t=(await z()).transaction(["office","seen","sitting"],"readwrite");await Promise.all([t.objectStore("seen").clear(),t.objectStore("sitting").clear(),t.objectStore("office").delete(Ce),t.done])}async function It(e){return ke(await(await z()).get("seen",e))??null}async function Ot(e,t){await(await z()).put("seen",t,e)}var Nt=(e,t)=>`${e}/${t}`;async function Pt(e,t){return ke(await(await z()).get("sitting",Nt(e,t)))??null}async function Ct(e,t,n){await(await z()).put("sitting",n,Nt(e,t))}async function Re(e=null){let n=(await z()).transaction("sitting","readwrite"),i=n.objectStore("sitting");for(let r of await i.getAllKeys())(!e||!String(r).startsWith(`${e}/`))&&await i.delete(r);await n.done}async function Lt(e){return ke(await(await z()).get("registry",e))??null}async function Rt(e,t){await(await z()).put("registry",t,e)}async function Ft(e){return(await z()).get("settings",e)}async function Kt(e,t){await(await z()).put("settings",t,e)}var Ke="mappe-office-sitting",si=900*1e3,y={office:null,info:null,sitting:null,onLock:()=>{},timer:0},oi={fetch:St};async function je(e,t){y.office=e,y.info=t;let n=sessionStorage.getItem(Ke);n||(n=Array.from(crypto.getRandomValues(new Uint8Array(16)),i=>i.toString(16).padStart(2,"0")).join(""),sessionStorage.setItem(Ke,n)),y.sitting=n,await Re(n).catch(i=>console.warn("sitting cache",i)),jt()}async function Ue(e){clearTimeout(y.timer);try{y.office?.free()}catch{}y.office=null,y.info=null,y.sitting=null,sessionStorage.removeItem(Ke),await Re(null).catch(t=>console.warn("sitting cache",t)),y.onLock(e)}function jt(){clearTimeout(y.timer),y.office&&(y.timer=setTimeout(()=>Ue("idle"),si))}for(let e of["pointerdown","keydown","input"])addEventListener(e,jt,{passive:!0,capture:!0});function Ve(e){let t;try{t=new URL(String(e).trim())}catch{throw S("not-a-link")}let n=/^\/s\/([A-Za-z0-9_-]{22})$/.exec(t.pathname);if(!n||!/^https?:$/.test(t.protocol))throw S("not-a-link");return n[1]}function li(e,t,n){let i=new TextEncoder().encode(JSON.stringify({view:e,trustProblem:t,scans:n.map(({bytes:d,...u})=>({...u,length:d.length}))})),r=4+i.length+n.reduce((d,u)=>d+u.bytes.length,0),s=new Uint8Array(r);new DataView(s.buffer).setUint32(0,i.length),s.set(i,4);let l=4+i.length;for(let d of n)s.set(d.bytes,l),l+=d.bytes.length;return s}function di(e){let t=new DataView(e.buffer,e.byteOffset,e.byteLength).getUint32(0),{view:n,trustProblem:i=null,scans:r}=JSON.parse(new TextDecoder().decode(e.subarray(4,4+t))),s=4+t;return{view:n,trustProblem:i,scans:r.map(({length:l,...d})=>{let u=e.slice(s,s+l);return s+=l,{...d,bytes:u}})}}async function Ut(e,{again:t=!1}={}){let n=y.office;if(!n)throw S("error-internal");let i=Ve(e),r=y.sitting;if(!t){let p=await Pt(r,i);if(p)try{return{...di(n.unseal("sitting",p)),fromSitting:!0}}catch(g){console.warn("sitting cache entry unreadable, fetching again",g&&g.code)}}let s=await P(),l=await It(i),d=await ci(),u=await ui(s,n,e,l,d);if(y.office!==n)throw S("error-internal");let m=u.trustProblem??(d?null:"the relay's key (/.well-known/mappe-relay.json) could not be fetched");return await Ot(i,u.seen),await Ct(r,i,n.seal("sitting",li(u.view,m,u.scans))),{view:u.view,trustProblem:m,scans:u.scans,fromSitting:!1}}var Fe=null;function ci(){return Fe??=fetch("/.well-known/mappe-relay.json",{cache:"no-store",credentials:"omit"}).then(e=>e.ok?e.json():null).then(e=>e&&typeof e.key=="string"&&/^[0-9a-fA-F]{64}$/.test(e.key)?e.key.toLowerCase():null).catch(()=>null).then(e=>(e||(Fe=null),e)),Fe}function ui(e,t,n,i,r){return t.openOp(oi,String(n).trim(),i,j(),r)}var fi=8,We=e=>a("input",{type:"password",autocomplete:e,required:!0,class:"wide"}),Vt=(...e)=>a("form",{class:"card",on:{submit:t=>t.preventDefault()}},...e);async function Wt(e,t,n={}){let i=await we();i?hi(e,t,i,n):mi(e,t)}function hi(e,t,n,i){let r=C("passphrase",We("current-password")),s=a("div",{class:"out"}),l=k("unlock",()=>d(),{class:"primary","data-action":"unlock"}),d=()=>B(l,s,async()=>{let g=(await P()).unlockOffice(n.keystore,n.card,r.input.value);r.input.value="",await je(g,qt(g)),await t.home()});r.input.addEventListener("keydown",p=>p.key==="Enter"&&d());let u=a("div",{class:"other-key"}),m=k("start-other-key",()=>u.replaceChildren(a("div",{class:"confirm",role:"alertdialog"},f("p","start-other-key-warning"),a("div",{class:"actions"},k("start-other-key-yes",async()=>{await Mt(),t.go("start")},{class:"danger","data-action":"forget-office"}),k("cancel",()=>u.replaceChildren(m),{class:"link"})))),{class:"link"});u.append(m),A(e,f("h1","start-unlock-title"),i.notice?U(i.notice,void 0,"ok"):null,i.reason==="idle"?U("locked-idle"):null,Vt(a("p",{class:"unlock-office",dir:"auto",text:o("unlock-office",{name:n.name})}),a("p",{class:"fingerprint",text:n.fingerprint}),r.row,l),s,u),t.ready(),r.input.focus()}var qt=e=>({name:e.name(),kind:e.kind(),fingerprint:e.fingerprint(),card:e.card()});function pi(e,t){if(e!==t)throw S("passphrase-mismatch");if([...e].length<fi)throw S("passphrase-short")}async function mi(e,t){let n=await P(),i=C("office-name",a("input",{type:"text",dir:"auto",class:"wide",maxlength:120,autocomplete:"organization","data-input":"office-name"}),"office-name-hint"),r=p=>{let g=o(`kind-${p}`);return g===`kind-${p}`?p:g},s=C("office-kind",a("select",{class:"wide","data-input":"office-kind"},n.agencyKinds().map(p=>a("option",{value:p,text:r(p)})))),l=C("passphrase",We("new-password"),"passphrase-hint"),d=C("passphrase-again",We("new-password")),u=a("div",{class:"out"}),m=k("create",()=>B(m,u,async()=>{if(!i.input.value.trim())throw S("name-missing");pi(l.input.value,d.input.value);let p=n.createOffice(i.input.value.trim(),s.input.value,l.input.value),g=qt(p.office);await Le({keystore:p.keystore,card:p.card,name:g.name,kind:g.kind,fingerprint:g.fingerprint}),l.input.value=d.input.value="",await je(p.office,g),yi(e,t,p.recoveryCode)}),{class:"primary","data-action":"create"});A(e,f("p","start-intro",void 0,{class:"tagline"}),a("div",{class:"columns"},a("section",{},f("h1","start-create-title"),f("p","start-create-intro"),Vt(i.row,s.row,l.row,d.row,m),u),gi(t))),t.ready()}function gi(e){let t=a("div",{class:"out"}),n=a("input",{type:"file",multiple:!0,class:"visually-hidden","data-file":"import"}),i=k("import-files",()=>n.click(),{"data-action":"import"});return n.addEventListener("change",()=>B(i,t,async()=>{let r=[...n.files||[]];if(!r.length)return;let s=await P(),l=await Promise.all(r.map(async u=>({name:u.name,bytes:new Uint8Array(await u.arrayBuffer())}))),d=s.readOfficeFiles(l);await Le({keystore:d.keystore,card:d.card,name:d.name,kind:d.kind,fingerprint:d.fingerprint}),n.value="",e.go("start",{notice:"import-done"})})),a("section",{class:"import"},f("h2","start-import-title"),f("p","start-import-intro"),a("div",{class:"card"},i,n),t)}function yi(e,t,n){let i=n.split(/[-\s]+/).filter(Boolean);A(e,a("section",{class:"recovery print-area"},f("h1","recovery-title"),f("p","recovery-intro"),a("ol",{class:"recovery-code","data-recovery-code":"",dir:"ltr",translate:"no"},i.map(r=>a("li",{},a("span",{class:"code-group",text:r})))),f("p","recovery-once",void 0,{class:"warning"})),a("div",{class:"actions no-print"},k("print",()=>window.print()),k("recovery-written",()=>t.home(),{class:"primary","data-action":"written"}))),t.ready(),e.dataset.screen="recovery"}async function de(e,t,n="qr"){let i=await P(),r=URL.createObjectURL(new Blob([i.qrSvg(e)],{type:"image/svg+xml"}));return a("img",{src:r,class:n,alt:t})}async function ki(e){let{readVideoQr:t}=await import("../app/scan.js"),n;try{n=await navigator.mediaDevices.getUserMedia({video:!0,audio:!1})}catch{throw S("scan-no-camera")}let i=[...e.childNodes],r=!1,s=a("video",{class:"camera",playsinline:!0,muted:!0});s.srcObject=n,e.replaceChildren(f("p","scan-title"),s,k("cancel",()=>r=!0));try{return await s.play(),await t(s,()=>r)}finally{for(let l of n.getTracks())l.stop();e.replaceChildren(...i)}}function wi(e){Ve(e);let t=new URL(e.trim());if(t.origin!==location.origin){let n=S("open-other-relay");throw n.args={host:t.host},n}return e.trim()}async function Gt(e,t){let n=y.info,i=a("div",{class:"out"}),r=x=>{x&&t.go("share",{link:wi(x)})},s=a("div",{class:"open-controls"}),l=k("open-scan",()=>B(l,i,async()=>{let x=await ki(s);x&&performance.mark("office:submit"),r(x)}),{class:"primary","data-action":"scan"}),d=a("input",{type:"url",dir:"ltr",class:"wide",inputmode:"url",autocomplete:"off",spellcheck:"false","data-input":"link"}),u="office-link";d.id=u;let m=k("open-link-go",()=>B(m,i,async()=>{performance.mark("office:submit"),r(d.value)}),{"data-action":"open-link"});d.addEventListener("keydown",x=>x.key==="Enter"&&m.click());let p=a("input",{type:"file",accept:"image/*",class:"visually-hidden","data-file":"picture"}),g=k("open-picture",()=>p.click(),{"data-action":"picture"});p.addEventListener("change",()=>B(g,i,async()=>{let x=p.files&&p.files[0];if(!x)return;let{readImageQr:_}=await import("../app/scan.js"),O=await _(x);if(p.value="",!O)throw S("scan-no-code");performance.mark("office:submit"),r(O)})),s.append(l,a("form",{class:"link-row",on:{submit:x=>x.preventDefault()}},a("label",{for:u,text:o("open-link")}),a("div",{class:"inline"},d,m)),g,p);let w=a("div",{class:"out"}),$=k("desk-export",()=>B($,w,async()=>{let x=await P(),_=await we(),O=x.exportOffice(_.keystore,_.card),N=URL.createObjectURL(new Blob([O],{type:"application/octet-stream"})),T=a("a",{href:N,download:"office.mappe-office",class:"visually-hidden"});document.body.append(T),T.click(),T.remove(),setTimeout(()=>URL.revokeObjectURL(N),6e4),w.replaceChildren(U("desk-export-done",void 0,"ok"))}),{"data-action":"export"});A(e,a("div",{class:"desk"},a("section",{class:"card open-share"},f("h1","desk-open-title"),f("p","desk-open-intro"),s,i),a("section",{class:"card office-card","data-card":n.card},f("h2","desk-card-title"),a("p",{class:"card-name",dir:"auto",text:n.name}),await de(n.card,o("desk-card-title"),"qr card-qr"),a("p",{class:"card-fp","data-fingerprint":""},`${o("desk-fingerprint")}: `,a("span",{class:"fp-value",dir:"ltr",translate:"no",text:n.fingerprint})),f("p","desk-card-intro",void 0,{class:"hint"}),k("desk-poster",()=>t.go("poster"),{"data-action":"poster"})),a("section",{class:"card issue-entry"},f("h2","issue-title"),f("p","desk-issue-intro",void 0,{class:"hint"}),k("desk-issue",()=>t.go("issue"),{"data-action":"issue-screen"})),a("section",{class:"card export"},f("h2","desk-export"),f("p","desk-export-intro",void 0,{class:"hint"}),$,w))),t.ready()}var Yt=["kind","degree","decision","number","level","issuer","valid_from","valid_until","date","legal_basis","work_permitted"],bi=new Set(["valid_from","valid_until","date"]),vi=["residence","certificate","recognition"],Si=["confirmed","untrusted_issuer","status_unknown","withdrawn","expired"],xi=["cv","certificates","residence"],ce=(e,t,n)=>{let i=o(e,n);return i===e?t:i},qe=e=>e!==null&&typeof e=="object"&&!Array.isArray(e);function L(e){if(!Number.isFinite(e))return null;try{return new Intl.DateTimeFormat(E(),{dateStyle:"medium"}).format(new Date(e*1e3))}catch{return new Date(e*1e3).toISOString().slice(0,10)}}function _i(e){let t=/^(\d{4})-(\d{2})-(\d{2})$/.exec(e);if(!t)return e;let n=new Date(Date.UTC(Number(t[1]),Number(t[2])-1,Number(t[3])));if(Number.isNaN(n.getTime()))return e;try{return new Intl.DateTimeFormat(E(),{dateStyle:"medium",timeZone:"UTC"}).format(n)}catch{return e}}function $i(e,t){return t==null||t===""?null:typeof t=="boolean"?o(t?"attest-yes":"attest-no"):typeof t=="number"?new Intl.NumberFormat(E()).format(t):typeof t!="string"?JSON.stringify(t):e==="kind"?ce(`item-${t}`,t):bi.has(e)?_i(t):t}var G=(e,t,n={})=>a("div",{class:"row"},a("dt",{text:e}),a("dd",{dir:"auto",...n,text:t}));function Ei(e,t){let[n,i]=String(e??"").split("/");if(!xi.includes(n))return null;let r=ce(`section-${n}`,n),s=qe(t)&&Array.isArray(t[n])?t[n].find(d=>qe(d)&&d.id===i):null,l=s?typeof s.title=="string"&&s.title||typeof s.kind=="string"&&ce(`item-${s.kind}`,s.kind):null;return l?`${r}: ${l}`:r}function Ai(e,t){switch(e.standing){case"confirmed":return o("attest-confirmed",{name:e.issuer_name??e.issuer??"?",date:L(e.issued_at)??"?"});case"untrusted_issuer":return o("attest-untrusted");case"status_unknown":return o("attest-status-unknown");case"withdrawn":return o("attest-withdrawn");case"expired":return Number.isFinite(t)&&Number.isFinite(e.expires_at)&&t<e.expires_at?o("attest-not-yet-valid",{date:L(e.issued_at)??"?"}):o("attest-expired",{date:L(e.expires_at)??"?"});default:return o("attest-invalid",{reason:ce(`attest-reason-${e.reason}`,o("attest-reason-other",{detail:String(e.reason??"?")}))})}}var Di={confirmed:"✓",untrusted_issuer:"!",status_unknown:"?",withdrawn:"✕",expired:"✕",invalid:"✕"};function Ti(e,t){let n=Si.includes(e?.standing)?e.standing:"invalid",i=a("section",{class:`card attest attest-${n}`,"data-attestation":n,"data-item":String(e?.item??"")},a("h3",{class:"attest-head","data-attest-head":""},a("span",{class:`seal seal-${n}`,"aria-hidden":"true",text:Di[n]}),a("span",{dir:"auto","data-headline":"",text:Ai(e??{},t.retrieved_at)})));if(n==="invalid")return i;let r=vi.includes(e.kind)?o(`attest-kind-${e.kind}`):String(e.kind??""),s=Ei(e.item,t.content),l=a("dl",{class:"facts attest-paper"},G(o("attest-kind"),r,{"data-attest-kind":String(e.kind??"")}));s&&l.append(G(o("attest-about"),s,{"data-about":String(e.item)})),i.append(l);let d=qe(e.claims)?e.claims:{},u=Object.keys(d),m=[...Yt.filter(w=>u.includes(w)),...u.filter(w=>!Yt.includes(w)).sort()],p=a("dl",{class:"facts attest-facts"});for(let w of m){let $=$i(w,d[w]);if($==null)continue;let x=typeof d[w]=="string"?d[w]:JSON.stringify(d[w]);p.append(G(ce(`claim-${w}`,w.replace(/_/g," ")),$,{"data-claim":w,"data-value":x}))}i.append(f("h4",n==="confirmed"?"attest-facts-confirmed":"attest-facts"),p.children.length?p:f("p","attest-facts-none",void 0,{class:"hint"}));let g=a("dl",{class:"facts attest-meta"});return g.append(G(o("attest-office"),e.issuer_name??o("attest-office-unlisted"),{"data-attest-office":""})),e.issuer&&g.append(G(o("attest-office-key"),e.issuer,{dir:"ltr",class:"key",translate:"no"})),L(e.issued_at)&&g.append(G(o("attest-issued"),L(e.issued_at))),L(e.expires_at)&&g.append(G(o("attest-expires"),L(e.expires_at))),Number.isFinite(e.status_as_of)&&g.append(G(o("attest-status-as-of"),new Intl.DateTimeFormat(E(),{dateStyle:"medium",timeStyle:"short"}).format(new Date(e.status_as_of*1e3)))),i.append(g),i}function Jt(e,t){let n=Array.isArray(e.attestations)?e.attestations:[];if(!n.length)return null;let i=a("section",{class:"attestations","data-attestations":""},f("h2","attest-title"),f("p","attest-intro",void 0,{class:"hint"}));t&&i.append(a("div",{class:"notice warn",role:"status","data-trust-problem":""},f("p","attest-trust-problem"),a("p",{class:"detail hint",dir:"auto",text:o("error-detail",{detail:String(t)})})));for(let r of n)i.append(Ti(r,e));return i}var Bi=["given_names","family_name","aliases","birth_date","birth_place","nationality","languages","contact"],zi=["title","kind","organisation","place","from","to","cefr_level","exam","issuer","issued_on","number","valid_until","authority","legal_basis","work","conditions","description"],Zt=["profile","cv","certificates","residence"],ue=(e,t)=>{let n=o(e);return n===e?t:n},Y=e=>ue(`field-${e}`,String(e).replace(/_/g," ")),Mi=e=>ue(`item-${e}`,e==null?null:String(e));function I(e){if(e==null)return null;if(typeof e=="string")return e===""?null:e;if(typeof e=="number"||typeof e=="boolean")return String(e);if(Array.isArray(e)){let t=e.map(n=>{if(n&&typeof n=="object"&&!Array.isArray(n)&&"language"in n){let i=I(n.level);return i?`${I(n.language)??""} (${i})`:I(n.language)}return I(n)}).filter(Boolean);return t.length?t.join(", "):null}if(typeof e=="object"){let t=Object.entries(e).map(([n,i])=>{let r=I(i);return r?`${Y(n)}: ${r}`:null}).filter(Boolean);return t.length?t.join("; "):null}return null}var Ht=(e,t)=>{let n=Object.keys(e);return[...t.filter(i=>n.includes(i)),...n.filter(i=>!t.includes(i)).sort()]},M=(e,t,n={})=>a("div",{class:"row"},a("dt",{text:e}),a("dd",{dir:"auto",...n,class:t==null?"unset":n.class,text:t??o("empty")}));function Ii(e){let t=new Intl.NumberFormat(E(),{maximumFractionDigits:1});return e>=1024*1024?`${t.format(e/(1024*1024))} MB`:e>=1024?`${t.format(Math.round(e/1024))} KB`:`${t.format(e)} B`}function Oi(e,t){return t.map(n=>{if(!n||typeof n!="object"||Array.isArray(n))return a("article",{class:"item"},a("p",{dir:"auto",text:I(n)??o("empty")}));let i=Mi(n.kind),r=I(n.title)??i??o("empty"),s=a("dl",{class:"facts"});for(let l of Ht(n,zi)){if(l==="id"||l==="title"||l==="attachment")continue;let d=l==="kind"?i:I(n[l]);l==="work"&&e==="residence"&&d!=null&&(d=ue(`work-${d}`,d)),d!=null&&s.append(M(Y(l),d,{"data-field":l}))}return a("article",{class:"item","data-item":`${e}/${n.id??""}`},a("h3",{dir:"auto","data-field":"title",text:r}),s)})}function Ni(e){let t=a("div",{class:"fields","data-fields":""}),n=e&&typeof e=="object"?e:{};if(n.profile&&typeof n.profile=="object"&&!Array.isArray(n.profile)){let r=a("dl",{class:"facts"});for(let s of Ht(n.profile,Bi))r.append(M(Y(s),I(n.profile[s]),{"data-field":s}));t.append(a("section",{class:"group","data-section":"profile"},f("h3","section-profile"),r))}for(let r of["cv","certificates","residence"])Array.isArray(n[r])&&n[r].length&&t.append(a("section",{class:"group","data-section":r},f("h3",`section-${r}`),Oi(r,n[r])));let i=Object.keys(n).filter(r=>!Zt.includes(r));if(i.length){let r=a("dl",{class:"facts"});for(let s of i.sort())r.append(M(Y(s),I(n[s]),{"data-field":s}));t.append(a("section",{class:"group","data-section":"other"},f("h3","section-other"),r))}return t}function Pi(e){let t=String(e).split(" ");return Zt.includes(t[0])&&t[0]!=="profile"&&t.length>=3?`${ue(`section-${t[0]}`,t[0])} ${t[1]}: ${Y(t.slice(2).join("_"))}`:t[0]==="contact"&&t.length===2?`${Y("contact")}: ${Y(t[1])}`:Y(t.join("_"))}function Ci(e){if(!e)return null;let t=Array.isArray(e.fields)?e.fields:[],n=a("section",{class:"card changes","data-changes":""},f("h2","share-changed-title"));if(!t.length)return n.append(f("p","share-changed-none")),n;n.append(a("p",{text:o("share-changed-intro",{revision:e.since_revision})}));let i=a("dl",{class:"facts"});for(let r of t){let s=I(r.from),l=I(r.to);i.append(a("div",{class:"row","data-changed":r.field},a("dt",{text:Pi(r.field)}),a("dd",{},a("del",{dir:"auto",text:s??o("share-changed-added")}),a("span",{class:"arrow","aria-hidden":"true",text:" → "}),a("ins",{dir:"auto",text:l??o("share-changed-removed")}))))}return n.append(i),n}var Li={"application/pdf":e=>e.length>=5&&String.fromCharCode(...e.subarray(0,5))==="%PDF-","image/jpeg":e=>e.length>=3&&e[0]===255&&e[1]===216&&e[2]===255,"image/png":e=>e.length>=8&&e[0]===137&&e[1]===80&&e[2]===78&&e[3]===71},Ri=e=>String(e).split(/[/\\]/).pop().replace(/[\u0000-\u001f\u007f]/g,"").replace(/^\.+/,"")||"scan";function Fi(e,t){if(!e.length)return null;let n=a("ul",{class:"scans"});for(let i of e){let r=Li[i.mediaType],s=r&&r(i.bytes)?i.mediaType:"application/octet-stream",l=URL.createObjectURL(new Blob([i.bytes],{type:s}));t.push(l);let d=a("li",{class:"scan-item","data-scan":i.name,"data-sha256":i.sha256,"data-size":i.size},a("p",{class:"scan-name"},a("strong",{dir:"auto",text:i.name})," ",a("span",{class:"hint",text:o("share-scan-size",{size:Ii(i.size)})})));s.startsWith("image/")&&d.append(a("img",{src:l,class:"scan-img",alt:i.name})),d.append(a("div",{class:"actions no-print"},s==="application/pdf"?a("a",{href:l,target:"_blank",rel:"noopener",class:"btn",text:o("share-scan-open"),"data-action":"open-scan"}):null,a("a",{href:l,download:Ri(i.name),class:"btn",text:o("share-scan-download"),"data-action":"download-scan"}))),n.append(d)}return a("section",{class:"card","data-section":"scans"},f("h2","share-scans"),n)}var Ge=[];function Ki(e,t,n,i){for(let _ of Ge)URL.revokeObjectURL(_);Ge=[];let r=i.view,s=y.info,l=a("div",{class:"out"}),d=a("dl",{class:"facts summary"});d.append(M(o("share-shared-with"),r.audience?o("share-office",{name:r.audience.name}):o("share-anyone"),{"data-meta":"audience"})),r.purpose&&d.append(M(o("share-purpose"),r.purpose,{"data-meta":"purpose"})),d.append(M(o("share-valid-until"),oe(r.expires_at,E()),{"data-meta":"expires"}));let u=Number.isSafeInteger(r.opens)?r.opens:0;d.append(M(o("share-opens"),r.max_opens==null?o("share-opens-unlimited",{opens:u}):o("share-opens-of",{opens:u,max:r.max_opens}),{"data-meta":"opens","data-opens":u})),d.append(M(o("share-revision"),String(r.revision),{dir:"ltr","data-meta":"revision"})),r.revised_at&&d.append(M(o("share-revised"),oe(r.revised_at,E()),{"data-meta":"revised"}));let m=a("div",{class:"again no-print"}),p=k("share-fetch-again",()=>{m.querySelector(".confirm")||m.append(a("div",{class:"confirm",role:"alertdialog"},f("p","share-fetch-again-confirm"),a("div",{class:"actions"},k("share-fetch-again-yes",()=>{performance.mark("office:submit"),t.go("share",{link:n,again:!0})},{class:"primary","data-action":"fetch-again-yes"}),k("cancel",_=>_.currentTarget.closest(".confirm").remove(),{class:"link"}))))},{"data-action":"fetch-again"});m.append(p);let g=i.fromSitting?a("div",{class:"notice info no-print","data-notice":"share-from-sitting"},f("p","share-from-sitting"),m):null,w=Jt(r,i.trustProblem),$=/^[a-z]{2,3}$/.test(r.consent?.lang)?r.consent.lang:"und",x=oe(r.retrieved_at,E());A(e,a("article",{class:w?"record with-attestations":"record","data-share-id":r.share_id,"data-revision":r.revision},a("header",{class:"record-head print-only"},f("h1","record-title")),g,a("section",{class:"card verdict","data-state":"verified","data-stated-by":"holder"},a("h1",{},a("span",{class:"tick","aria-hidden":"true",text:"✓ "}),a("span",{"data-t":"share-stated",text:o("share-stated")})),f("p","share-stated-note",void 0,{class:"stated-note"}),f("p","share-stated-text"),a("p",{class:"fp",dir:"ltr",translate:"no","data-holder":"",text:r.holder.fingerprint}),r.live?f("p","share-live",void 0,{class:"hint","data-live":""}):null,d),w,Ci(r.changes),a("section",{class:"card stated","data-stated-by":"holder"},f("h2","share-fields"),Ni(r.content)),Fi(i.scans||[],Ge),a("section",{class:"card consent-box"},f("h2","share-consent-title"),a("p",{class:"hint",text:o("share-consent-lang",{lang:ue(`lang-${$}`,$)})}),a("blockquote",{class:"consent",lang:$,dir:ae($)?"rtl":"ltr","data-consent":"",text:r.consent?.text??""})),a("footer",{class:"card record-foot","data-record":""},a("p",{"data-retrieved":String(r.retrieved_at),text:o("record-retrieved",{date:x})}),a("p",{dir:"auto",text:o("record-by",{name:r.office?.name??s.name,fingerprint:r.office?.fingerprint??s.fingerprint})}),a("dl",{class:"facts"},M(o("record-from"),r.holder.fingerprint,{dir:"ltr"}),M(o("share-id"),r.share_id,{dir:"ltr"}),M(o("share-created"),oe(r.created_at,E()))))),a("div",{class:"actions no-print"},k("share-record",()=>window.print(),{class:"primary","data-action":"print-record"}),k("share-close",()=>{t.setHashLink(null),t.go("desk")},{"data-action":"close-share"})),i.fromSitting?null:m,l),t.ready(),performance.mark("office:fields-shown")}async function Qt(e,t,n){let{link:i,again:r=!1}=n;A(e,a("p",{class:"loading","data-opening":"",text:o("open-opening")}));let s;try{s=await Ut(i,{again:r})}catch(l){t.setHashLink(null),A(e,a("div",{class:"failure"},q(l)),a("div",{class:"actions"},k("back",()=>t.go("desk"),{"data-action":"back"}))),t.ready(),e.dataset.screen="share-failed";return}t.setHashLink(i),Ki(e,t,i,s)}async function Xt(e,t){let n=y.info;A(e,a("section",{class:"poster","data-poster":""},f("h1","poster-title"),a("p",{class:"poster-name",dir:"auto",text:n.name}),await de(n.card,n.name,"qr poster-qr"),f("p","poster-text",void 0,{class:"poster-text"}),a("div",{class:"poster-langs"},...W.filter(i=>i!==E()).map(i=>a("p",{lang:i,dir:ae(i)?"rtl":"ltr",class:"poster-lang",text:o("poster-text",void 0,i)}))),f("p","poster-check",void 0,{class:"poster-check"}),a("p",{class:"poster-fp",dir:"ltr",translate:"no",text:n.fingerprint})),a("div",{class:"actions no-print"},k("print",()=>window.print(),{class:"primary","data-action":"print"}),k("back",()=>t.go("desk")))),t.ready()}var en="registry";async function fe(){let e=y.office;if(!e)throw S("error-internal");let t=await Lt(y.info.fingerprint);return t?new TextDecoder().decode(e.unseal(en,t)):null}function tn(e){if(!e)return[];try{let t=JSON.parse(e);return Array.isArray(t.issued)?t.issued:[]}catch{return[]}}async function nn(e,t){await Rt(y.info.fingerprint,e.seal(en,new TextEncoder().encode(t)))}async function rn(e,t){let n;try{n=await fetch(e,{method:"PUT",body:t,headers:{"content-type":"application/statuslist+jwt"},cache:"no-store",credentials:"omit"})}catch{let s=S("issue-publish-failed");throw s.args={detail:"network"},s}if(n.status===200)return;let i=`HTTP ${n.status}`;try{let s=await n.json();s&&typeof s.message=="string"&&(i=s.message)}catch{}let r=S("issue-publish-failed");throw r.args={detail:i},r}async function an(e){let t=y.office;if(!t)throw S("error-internal");let n=await fe(),i=t.attest({...e,relay:location.origin},n,j());await nn(t,i.registry);let r=null;try{await rn(i.statusUrl,i.statusToken)}catch(s){r=s}return{sdJwt:i.sdJwt,number:i.number,problem:r}}async function sn(e){let t=y.office;if(!t)throw S("error-internal");let n=await fe();if(!n)throw S("error-internal");let i=t.withdraw(n,e,j());await nn(t,i.registry),await rn(i.statusUrl,i.statusToken)}var on=["residence","certificate","recognition"],ji={residence:[["kind","residence-kind",!0],["number","text",!1],["valid_from","date",!1],["valid_until","date",!1],["legal_basis","text",!1],["work_permitted","yes-no",!1]],certificate:[["kind","certificate-kind",!0],["level","text",!1],["issuer","text",!1],["date","date",!1]],recognition:[["degree","text",!0],["decision","text",!0],["date","date",!1]]},Ui={"residence-kind":["aufenthaltserlaubnis","niederlassungserlaubnis","aufenthaltsgestattung","duldung","fiktionsbescheinigung","visa","eu_citizen"],"certificate-kind":["language","qualification","other"],"yes-no":["yes","no"]},Vi=1440*60;function Wi(e){let t=String(e).replace(/\s+/g,"").toLowerCase();return/^[0-9a-f]{64}$/.test(t)?t:null}var qi=e=>new Date(e*1e3).toISOString().slice(0,10),Gi=e=>{let t=/^(\d{4})-(\d{2})-(\d{2})$/.exec(e);return t?Date.UTC(Number(t[1]),Number(t[2])-1,Number(t[3]),23,59,59)/1e3:NaN};function Yi(e,t){let n={class:"wide","data-claim-input":e,autocomplete:"off"};if(t==="date")return a("input",{...n,type:"date"});if(t==="text")return a("input",{...n,type:"text",dir:"auto"});let i=r=>t==="yes-no"?o(`attest-${r}`):o(`item-${r}`);return a("select",n,a("option",{value:"",text:o("issue-choose")}),Ui[t].map(r=>a("option",{value:r,text:i(r)})))}function Ji(e){let t=ji[e].map(([n,i,r])=>({name:n,required:r,f:C(`claim-${n}`,Yi(n,i))}));for(let{f:n,required:i}of t)i&&n.input.setAttribute("aria-required","true");return{rows:t.map(({f:n})=>n.row),read(){let n={};for(let{name:i,required:r,f:s}of t){let l=s.input.value.trim();if(!l){if(r){let d=S("issue-missing");throw d.args={name:o(`claim-${i}`)},d}continue}n[i]=l}return n}}}async function Zi(e,t){let n;try{n=await de(e,o("issue-qr-alt"),"qr issue-qr")}catch(s){s&&s.name==="MappeError"&&s.code==="too_large"||console.warn("qr",s),n=U("issue-qr-too-long")}let i=URL.createObjectURL(new Blob([e],{type:"application/sd-jwt"})),r=`issue-text-${t}`;return a("section",{class:"card issue-result","data-issued":String(t),"data-issue-result":""},f("h2","issue-done-title"),a("p",{class:"issue-number","data-number":String(t),text:o("issue-number",{n:t})}),f("p","issue-done"),n,a("a",{href:i,download:`attestation-${t}.sdjwt`,class:"btn","data-action":"download-attestation",text:o("issue-download")}),a("label",{for:r,class:"label",text:o("issue-text")}),a("textarea",{id:r,class:"wide issue-text",readonly:!0,rows:5,dir:"ltr",spellcheck:"false","data-output":"sdjwt",value:e}))}var Hi=e=>typeof e=="string"&&e.length>16?`${e.slice(0,8)}…${e.slice(-8)}`:String(e??"");function Qi(e,t){let n=Number.isFinite(e.withdrawn_at),i=!n&&Number.isFinite(e.expires_at)&&e.expires_at<j(),r=n?o("issue-state-withdrawn",{date:L(e.withdrawn_at)??"?"}):i?o("issue-state-expired"):o("issue-state-valid"),s=on.includes(e.kind)?o(`attest-kind-${e.kind}`):String(e.kind??""),l=(m,p,g={})=>a("div",{class:"row"},a("dt",{text:m}),a("dd",{dir:"auto",...g,text:p})),d=a("div",{class:"out"}),u=a("li",{class:`issued-item${n?" withdrawn":""}`,"data-number":String(e.idx),"data-state":n?"withdrawn":i?"expired":"valid"},a("h3",{dir:"auto",text:`${o("issue-number",{n:e.idx})} · ${s}`}),a("dl",{class:"facts"},l(o("issue-holder-short"),Hi(e.holder),{dir:"ltr",class:"key",translate:"no",title:String(e.holder??""),"data-holder":String(e.holder??"")}),l(o("attest-issued"),L(e.issued_at)??"?"),l(o("attest-expires"),L(e.expires_at)??"?"),l(o("issue-state"),r,{"data-issued-state":""})));if(!n){let m=a("div",{class:"withdraw-ask"}),p=k("issue-withdraw",()=>{let g=k("issue-withdraw-yes",()=>B(g,d,async()=>{try{await sn(e.idx)}catch(w){if(w&&w.appCode==="issue-publish-failed")return t(q(w));throw w}return t(U("issue-withdrawn",{n:e.idx},"ok"))}),{class:"danger","data-action":"withdraw-yes"});m.replaceChildren(a("div",{class:"confirm",role:"alertdialog"},a("p",{text:o("issue-withdraw-confirm",{n:e.idx})}),a("div",{class:"actions"},g,k("cancel",()=>m.replaceChildren(p),{class:"link"}))))},{"data-action":"withdraw"});m.append(p),u.append(m)}return u.append(d),u}async function ln(e,t){let n=await fe(),i=C("issue-holder",a("textarea",{class:"wide key-input",rows:3,dir:"ltr",spellcheck:"false",autocomplete:"off","data-input":"holder"}),"issue-holder-hint"),r=C("attest-kind",a("select",{class:"wide","data-input":"issue-kind"},on.map(_=>a("option",{value:_,text:o(`attest-kind-${_}`)})))),s=C("issue-expires",a("input",{type:"date",class:"wide","data-input":"expires"}),"issue-expires-hint");s.input.value=qi(j()+365*Vi);let l=a("fieldset",{class:"issue-facts"}),d=null,u=()=>{d=Ji(r.input.value),l.replaceChildren(a("legend",{text:o("issue-facts"),"data-t":"issue-facts"}),f("p","issue-facts-hint",void 0,{class:"hint"}),...d.rows)};r.input.addEventListener("change",u),u();let m=a("div",{class:"out","aria-live":"polite"}),p=a("div",{class:"issue-out"}),g=a("section",{class:"card issued","data-issued-list":""}),w=(_,O)=>{let N=tn(_);g.replaceChildren(f("h2","issue-list-title"),f("p","issue-list-note",void 0,{class:"hint"})),O&&g.append(O),N.length?g.append(a("ol",{class:"issued-list"},[...N].reverse().map(T=>Qi(T,$)))):g.append(f("p","issue-list-empty",void 0,{class:"hint","data-issued-empty":""}))},$=async _=>{w(await fe(),_)},x=k("issue-submit",()=>B(x,m,async()=>{p.replaceChildren();let _=Wi(i.input.value);if(!_)throw S("issue-holder-bad");let O=d.read(),N=Gi(s.input.value);if(!Number.isFinite(N)||N<=j())throw S("issue-expires-bad");let T=await an({kind:r.input.value,holder:_,claims:O,expiresAt:N});p.replaceChildren(await Zi(T.sdJwt,T.number)),T.problem&&p.prepend(q(T.problem)),i.input.value="",u(),await $(),p.scrollIntoView({block:"start"})}),{class:"primary","data-action":"issue"});A(e,a("div",{class:"issue"},a("section",{class:"issue-main"},f("h1","issue-title"),f("p","issue-intro"),a("form",{class:"card issue-form","data-issue-form":"",on:{submit:_=>_.preventDefault()}},i.row,r.row,l,s.row,x,m),p),g),a("div",{class:"actions no-print"},k("back",()=>t.go("desk"),{"data-action":"back"}))),w(n),t.ready()}var Xi={desk:Gt,share:Qt,poster:Xt,issue:ln},V={screen:"start",params:{}},Q=a("main",{id:"view","data-state":"loading"}),he=a("select",{class:"lang","aria-label":"language","data-lang-switch":""}),be=a("button",{type:"button",class:"lock","data-action":"lock"}),cn=a("span",{class:"office-name",dir:"auto","data-office-name":""}),un=a("header",{class:"bar no-print"},a("span",{class:"brand"}),cn,he,be);function fn(){let e=/^#open=(.+)$/.exec(location.hash);if(!e)return null;try{return decodeURIComponent(e[1])}catch{return null}}var J={go(e,t={}){return V={screen:e,params:t},Ye()},ready(){Q.dataset.state="ready",Q.dataset.screen=V.screen,performance.mark(`office:screen-${V.screen}`)},home(){let e=fn();return e?J.go("share",{link:e}):J.go("desk")},setHashLink(e){history.replaceState(null,"",e?`#open=${encodeURIComponent(e)}`:location.pathname)}};function dn(){un.querySelector(".brand").textContent=o("app-name"),cn.textContent=y.info?y.info.name:"",he.setAttribute("aria-label",o("language")),he.replaceChildren(...W.map(e=>a("option",{value:e,lang:e,text:wt(e),selected:e===E()}))),be.textContent=o("lock"),be.hidden=!y.office}async function Ye(){dn(),Q.dataset.state="loading";try{!y.office||V.screen==="start"?(V.screen!=="start"&&(V={screen:"start",params:{}}),await Wt(Q,J,V.params)):await Xi[V.screen](Q,J,V.params)}catch(e){A(Q,q(e)),J.ready()}dn()}y.onLock=e=>{J.setHashLink(null),J.go("start",{reason:e})};be.addEventListener("click",()=>Ue("button"));he.addEventListener("change",async()=>{Te(he.value),await Kt("lang",E()).catch(()=>{}),Ye()});addEventListener("hashchange",()=>{let e=fn();e&&y.office&&J.go("share",{link:e})});async function er(){document.body.append(un,Q),P().catch(()=>{});let e=null;try{e=await Ft("lang")}catch(t){console.warn("settings",t)}Te(Ae(e,navigator.languages)),await Ye()}er();export{fn as linkInHash};
