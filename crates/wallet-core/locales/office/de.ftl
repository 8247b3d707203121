### Mappe-Schreibtisch für Stellen (die Seite der Sachbearbeitung unter /office/): Deutsch.
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
