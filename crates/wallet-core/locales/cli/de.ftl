# Alles, was der Befehl `mappe` zu der Person sagt, auf Deutsch (Referenz: en.ftl).
# MASCHINELL ÜBERSETZT und NOCH NICHT von einer Person mit Deutsch als Muttersprache geprüft.
# (These texts were drafted by machine translation and are NOT yet reviewed by a native speaker.)
# Für die Prüfung: Entfernen Sie die Zeile "# unreviewed" über einer Nachricht, sobald Sie sie
# geprüft haben (docs/translations.md).
# Befehlsnamen, Optionen und Dateinamen (`mappe share`, --relay, agency.json) bleiben in jeder
# Sprache, wie sie sind: Sie werden getippt, nicht gelesen.

## Allgemein

# unreviewed
error-prefix = Fehler:
# unreviewed
word-yes = ja
# unreviewed
word-no = nein
# unreviewed
confirm-choices = [j/N]
# unreviewed
confirm-no-terminal = kein Terminal, daher kann niemand zustimmen: Fügen Sie --yes hinzu, um dem oben Gezeigten zuzustimmen
# unreviewed
file-exists = { $file } gibt es schon; wählen Sie eine andere Datei
# unreviewed
folder-unreadable = { $dir } kann nicht gelesen werden: { $why }
# unreviewed
path-is-folder = { $path } ist ein Ordner; geben Sie den Namen der Datei an, die geschrieben werden soll
# unreviewed
not-a-regular-file = das ist keine normale Datei
# unreviewed
stdin-unreadable = von der Standardeingabe kann nicht gelesen werden
# unreviewed
save-failed = die Änderung konnte nicht gespeichert werden; die Datei der Mappe ist unverändert
# unreviewed
context-no-data-folder = kein Datenordner für die Mappe gefunden; nutzen Sie --wallet DIR oder setzen Sie MAPPE_HOME
# unreviewed
relay-none-chosen = noch kein Relay gewählt; geben Sie eins mit --relay https://… an (es wird danach gespeichert)
# unreviewed
relay-bad-url = --relay { $url }: { $why }
# unreviewed
size-bytes = { $count ->
    [one] { $count } Byte
   *[other] { $count } Byte
}
# unreviewed
size-kb = { $size } KB
# unreviewed
size-mb = { $size } MB

## Passwort und Wiederherstellungscode

# unreviewed
passphrase-prompt = Passwort:
# unreviewed
passphrase-choose = Wählen Sie ein Passwort für diese Mappe:
# unreviewed
passphrase-again = Noch einmal eingeben:
# unreviewed
passphrase-too-short = das Passwort ist zu kurz; verwenden Sie mindestens { $min } Zeichen
# unreviewed
passphrase-differ = die beiden Passwörter sind verschieden; es wurde nichts angelegt
# unreviewed
passphrase-none-given = kein Passwort angegeben: Tippen Sie es in einem Terminal ein, setzen Sie MAPPE_PASSPHRASE oder nutzen Sie --passphrase-file
# unreviewed
passphrase-unreadable = das Passwort kann nicht gelesen werden
# unreviewed
passphrase-file-too-large = die Passwort-Datei { $file } ist größer als { $max } Byte
# unreviewed
passphrase-file-unreadable = die Passwort-Datei kann nicht gelesen werden: { $why }
# unreviewed
passphrase-file-not-text = die Passwort-Datei { $file } ist kein UTF-8-Text
# unreviewed
passphrase-env-not-text = MAPPE_PASSPHRASE ist kein gültiger UTF-8-Text
# unreviewed
recovery-code-prompt = Tippen Sie Ihren Wiederherstellungscode ein (Vierergruppen, wie aufgeschrieben) und drücken Sie dann Enter:
# unreviewed
recovery-code-heading = IHR WIEDERHERSTELLUNGSCODE — schreiben Sie ihn jetzt auf Papier. Er wird nur dieses eine Mal gezeigt.
# unreviewed
recovery-code-use = Wenn Sie dieses Gerät verlieren oder Ihr Passwort vergessen, holt dieser Code Ihre Mappe zurück.
# unreviewed
recovery-code-secret = Wer diesen Code hat, kann Ihre Mappe öffnen: Machen Sie kein Foto davon und schicken Sie ihn niemandem.

## mappe init, recover, show

# unreviewed
init-created = Neue Mappe in { $dir } angelegt.
# unreviewed
wallet-your-fingerprint = Fingerabdruck Ihrer Mappe: { $fingerprint }
# unreviewed
wallet-fingerprint = Fingerabdruck der Mappe: { $fingerprint }
# unreviewed
recover-other-wallet = in { $dir } liegt schon eine andere Mappe; wählen Sie mit --wallet einen anderen Ordner
# unreviewed
recover-keys-back = Die Schlüssel der Mappe sind in { $dir } wiederhergestellt.
# unreviewed
recover-fetch-failed = die Schlüssel sind zurück, aber die Papiere konnten nicht geholt werden; führen Sie `mappe sync` aus, um es noch einmal zu versuchen
# unreviewed
recover-fetched = Mappe von { $url } geholt: { $cv } Einträge im Lebenslauf, { $certificates } Zeugnisse, { $residence } Aufenthaltspapiere, { $scans } Scans.
# unreviewed
recover-file-unchanged = Die Datei der Mappe in diesem Ordner ließ sich mit diesen Schlüsseln öffnen; ihr Inhalt ist unverändert.
# unreviewed
recover-empty = Die Mappe auf diesem Gerät ist leer: Der Wiederherstellungscode holt Ihre Schlüssel zurück, nicht Ihre Papiere.
# unreviewed
recover-give-relay = Geben Sie mit --relay das Relay an, mit dem Ihr anderes Gerät abgeglichen hat, um Ihre Papiere zu holen.

## Was die Mappe enthält

# unreviewed
heading-profile = PROFIL
# unreviewed
heading-cv = LEBENSLAUF
# unreviewed
heading-certificates = ZEUGNISSE UND ZERTIFIKATE
# unreviewed
heading-residence = AUFENTHALTSPAPIERE
# unreviewed
label-given-names = Vornamen
# unreviewed
label-family-name = Familienname
# unreviewed
label-aliases = Auch geschrieben
# unreviewed
label-born = Geboren
# unreviewed
label-birth-place = Geburtsort
# unreviewed
label-nationality = Staatsangehörigkeit
# unreviewed
label-languages = Sprachen
# unreviewed
label-contact = Kontakt
# unreviewed
label-phone = Telefon
# unreviewed
label-email = E-Mail
# unreviewed
label-address = Adresse
# unreviewed
label-kind = Art
# unreviewed
label-number = Nummer
# unreviewed
label-issued-on = Ausgestellt am
# unreviewed
label-valid-until = Gültig bis
# unreviewed
label-authority = Behörde
# unreviewed
label-organisation = Organisation
# unreviewed
label-place = Ort
# unreviewed
label-from = Von
# unreviewed
label-to = Bis
# unreviewed
label-description = Beschreibung
# unreviewed
label-issuer = Ausgestellt von
# unreviewed
label-cefr-level = CEFR-Niveau
# unreviewed
label-exam = Prüfung
# unreviewed
label-attachment = Anhang
# unreviewed
label-legal-basis = Rechtsgrundlage
# unreviewed
label-work = Erwerbstätigkeit
# unreviewed
label-conditions = Auflagen
# unreviewed
profile-empty = (noch leer — `mappe profile set family_name …`)
# unreviewed
list-none = (keine)
# unreviewed
list-none-yet = (noch keine — `{ $command }`)
# unreviewed
span-since = seit { $from }
# unreviewed
span-until = bis { $to }
# unreviewed
detail-level = Niveau { $level }
# unreviewed
detail-issued = ausgestellt am { $date }
# unreviewed
detail-number = Nr. { $number }
# unreviewed
detail-valid-until = gültig bis { $date }
# unreviewed
detail-expired-on = ABGELAUFEN am { $date }
# unreviewed
work-permitted = Erwerbstätigkeit gestattet
# unreviewed
work-permitted-with-approval = Beschäftigung nur mit Erlaubnis der Ausländerbehörde
# unreviewed
work-not-permitted = Erwerbstätigkeit nicht gestattet
# unreviewed
detail-scan = Scan: { $name } ({ $size }), Anhang { $id }
# unreviewed
detail-scan-missing = Scan: { $id } (fehlt)
# unreviewed
kind-cv-education = Schule oder Studium
# unreviewed
kind-cv-work = Arbeit
# unreviewed
kind-cv-training = Ausbildung oder Kurs
# unreviewed
kind-cv-other = Sonstiges
# unreviewed
kind-cert-language = Sprachzertifikat
# unreviewed
kind-cert-qualification = Berufs- oder Schulabschluss
# unreviewed
kind-cert-recognition = Anerkennungsbescheid
# unreviewed
kind-cert-other = Zeugnis
# unreviewed
kind-residence-aufenthaltserlaubnis = Aufenthaltserlaubnis
# unreviewed
kind-residence-niederlassungserlaubnis = Niederlassungserlaubnis
# unreviewed
kind-residence-aufenthaltsgestattung = Aufenthaltsgestattung
# unreviewed
kind-residence-duldung = Duldung
# unreviewed
kind-residence-fiktionsbescheinigung = Fiktionsbescheinigung
# unreviewed
kind-residence-visa = Visum
# unreviewed
kind-residence-eu-citizen = EU-Bürger oder EU-Bürgerin (Freizügigkeit)
# unreviewed
kind-residence-other = Anderes Aufenthaltspapier
# unreviewed
kind-unknown = `{ $given }` ist keine der Arten; nehmen Sie eine davon: { $kinds }
# unreviewed
list-cv = Lebenslauf
# unreviewed
list-certificate = Zeugnisse
# unreviewed
list-residence = Aufenthaltspapiere
# unreviewed
list-attachment = Anhänge
# unreviewed
list-share = Freigaben
# unreviewed
path-profile = das ganze Profil
# unreviewed
path-residence-current = das aktuelle Aufenthaltspapier
# unreviewed
path-cv = Lebenslauf-Eintrag { $id }
# unreviewed
path-certificate = Zeugnis { $id }
# unreviewed
path-residence = Aufenthaltspapier { $id }
# unreviewed
path-certificate-scan = Scan des Zeugnisses { $id }
# unreviewed
path-residence-scan = Scan des Aufenthaltspapiers { $id }

## Bearbeiten

# unreviewed
profile-unknown-field = unbekanntes Profilfeld `{ $given }`; die Felder sind: { $fields }
# unreviewed
profile-one-value = { $field } nimmt nur einen Wert; setzen Sie ihn in Anführungszeichen, wenn er Leerzeichen enthält
# unreviewed
profile-saved = { $field } gespeichert.
# unreviewed
profile-cleared = { $field } gelöscht.
# unreviewed
added-cv = Eintrag { $id } zum Lebenslauf hinzugefügt.
# unreviewed
added-certificate = Zeugnis { $id } hinzugefügt.
# unreviewed
added-residence = Aufenthaltspapier { $id } hinzugefügt.
# unreviewed
added-scan = Der Scan ist verschlüsselt als Anhang { $id } gespeichert.
# unreviewed
removed-cv = Eintrag { $id } aus dem Lebenslauf entfernt.
# unreviewed
removed-certificate = Zeugnis { $id } entfernt.
# unreviewed
removed-residence = Aufenthaltspapier { $id } entfernt.
# unreviewed
removed-attachment = Anhang { $id } entfernt.
# unreviewed
attachment-exported = Anhang { $id } in { $file } geschrieben (mit seiner SHA-256 geprüft).
# unreviewed
live-not-updated = Warnung: Live-Freigaben wurden jetzt nicht aktualisiert ({ $why }); `mappe sync` versucht es noch einmal.

## mappe cv export

# unreviewed
cv-format-unknown = --format { $given }: bitte pdf, html oder europass
# unreviewed
cv-lang-unknown = --cv-lang { $given }: bitte de, en, ar, uk, fa oder tr
# unreviewed
cv-europass-no-photo = --photo und --place gibt es nur für --format pdf oder html; das Europass-XML enthält beides nicht
# unreviewed
cv-place-form = --place: bitte Ihren Ort angeben, 1 bis 200 Zeichen einfacher Text
# unreviewed
cv-photo-unusable = --photo { $file }: { $why }
# unreviewed
cv-no-chromium = für ein PDF wird Chromium gebraucht, das nicht gefunden wurde: bitte installieren (Debian: apt-get install chromium) oder MAPPE_CHROMIUM auf seinen Pfad setzen, oder --format html nehmen und die Datei im Browser drucken
# unreviewed
cv-chromium-env-not-file = MAPPE_CHROMIUM nennt { $file }, das ist keine Datei; { $advice }
# unreviewed
cv-no-temp-folder = im Ordner { $dir } kann kein temporärer Ordner angelegt werden
# unreviewed
cv-chromium-not-started = { $file } lässt sich nicht starten; { $advice }
# unreviewed
cv-chromium-timeout = Chromium hat das PDF nicht innerhalb von { $seconds } Sekunden gedruckt; versuchen Sie --format html und drucken Sie die Datei im Browser
# unreviewed
cv-chromium-failed = Chromium hat kein PDF gedruckt ({ $status }; Meldung: { $said }); versuchen Sie --format html und drucken Sie die Datei im Browser
# unreviewed
cv-written-pdf = Ihr Lebenslauf (PDF) steht in { $file }.
# unreviewed
cv-written-html = Ihr Lebenslauf (HTML; im Browser auf A4 drucken) steht in { $file }.
# unreviewed
cv-written-europass = Ihr Lebenslauf als Europass-XML steht in { $file }.

## mappe status

# unreviewed
status-nothing = Im Moment ist nichts zu tun.
# unreviewed
status-residence-expiring = { $days ->
    [one] { $paper }: läuft in { $days } Tag ab ({ $date }).
   *[other] { $paper }: läuft in { $days } Tagen ab ({ $date }).
}
# unreviewed
status-residence-expired = ABGELAUFEN: { $paper }, endete am { $date }.
# unreviewed
status-residence-superseded = Abgelaufen: { $paper } (endete am { $date }; ein neueres Papier ist gültig).
# unreviewed
status-attestation-expiring = { $days ->
    [one] Die Bestätigung von { $office } endet in { $days } Tag ({ $date }).
   *[other] Die Bestätigung von { $office } endet in { $days } Tagen ({ $date }).
}
# unreviewed
status-attestation-expired = Die Bestätigung von { $office } endete am { $date }.
# unreviewed
status-share-expiring = { $days ->
    [one] Ihre Freigabe für { $office } endet in { $days } Tag ({ $date }).
   *[other] Ihre Freigabe für { $office } endet in { $days } Tagen ({ $date }).
}
# unreviewed
status-live-stopped = Eine Live-Freigabe folgt Ihren Änderungen nicht mehr: { $office }.
# unreviewed
status-share-unopened = Niemand hat die Freigabe vom { $date } für { $office } geöffnet.
# unreviewed
status-opens-unknown = Es ließ sich nicht prüfen, ob Ihre Freigaben geöffnet wurden: { $why }
# unreviewed
advice-residence-extend = Beantragen Sie rechtzeitig vor dem Ende eine Verlängerung bei der Ausländerbehörde. Ist bis dahin nicht entschieden, bekommen Sie eine Fiktionsbescheinigung: Bewahren Sie sie bei Ihren Papieren auf.
# unreviewed
advice-residence-expired = Gehen Sie jetzt zur Ausländerbehörde. Wenn Sie vor dem Ende einen Antrag gestellt haben, fragen Sie nach Ihrer Fiktionsbescheinigung; eine Migrationsberatung kann Ihnen helfen.
# unreviewed
advice-attestation-renew = Bitten Sie die Behörde um eine neue Bestätigung, wenn Sie sie noch brauchen.
# unreviewed
advice-share-again = Ziehen Sie die Freigabe zurück und teilen Sie neu, wenn die Behörde sie noch braucht.
# unreviewed
advice-share-unopened = Fragen Sie bei der Behörde nach, ob der Link oder QR-Code angekommen ist; teilen Sie neu, wenn er verloren ging.

## mappe share

# unreviewed
share-attest-form = --attest { $given }: schreiben Sie EINTRAG:ANGABEN, z. B. --attest residence/ID:kind,valid_until
# unreviewed
share-expires-past = --expires { $given } liegt in der Vergangenheit
# unreviewed
share-expires-too-long = eine Freigabe kann höchstens { $days } Tage gelten
# unreviewed
share-expires-form = --expires braucht eine Dauer wie 30d, 12h, 2w oder ein Datum wie { $example }
# unreviewed
share-to-unreadable = --to { $given }: { $why }
# unreviewed
share-fields-missing = wählen Sie mit --fields, was geteilt wird, z. B. --fields profile.family_name,certificates/<id>/scan
# unreviewed
share-max-opens-zero = --max-opens muss mindestens 1 sein
# unreviewed
share-purpose-length = --purpose muss 1 bis { $max } Zeichen lang sein
# unreviewed
share-office-fingerprint = Fingerabdruck des Schlüssels der Behörde (vergleichen Sie ihn laut mit der Behörde): { $fingerprint }
# unreviewed
share-question = Jetzt teilen?
# unreviewed
share-nothing-shared = Es wurde nichts geteilt.
# unreviewed
share-link = Link: { $link }
# unreviewed
share-id = Freigabe-ID: { $id }
# unreviewed
share-only-office = Nur diese Behörde kann die Freigabe öffnen, mit ihrem eigenen Mappe-Schlüssel. Der QR-Code allein verrät nichts.
# unreviewed
share-anyone-with-code = Wer diesen Code oder Link hat, kann die Freigabe öffnen, bis sie abläuft: Zeigen Sie ihn nur der Behörde.
# unreviewed
share-qr-written = QR-Code in { $file } geschrieben.

## mappe shares, revoke

# unreviewed
shares-none = Noch keine Freigaben. Legen Sie eine an mit `mappe share --fields …`.
# unreviewed
shares-anyone-with-code = alle mit dem Code
# unreviewed
shares-label-for = für:
# unreviewed
shares-label-fields = Felder:
# unreviewed
shares-label-until = bis:
# unreviewed
shares-label-opened = geöffnet:
# unreviewed
shares-label-live = live:
# unreviewed
shares-label-note = Hinweis:
# unreviewed
shares-label-log = Protokoll:
# unreviewed
shares-opened-of = { $opens }-mal (von { $max })
# unreviewed
shares-opened-no-limit = { $opens }-mal (ohne Grenze)
# unreviewed
shares-opened-unknown-of = unbekannt (von { $max })
# unreviewed
shares-opened-unknown = unbekannt (ohne Grenze)
# unreviewed
shares-live-stopped = folgt Ihrer Mappe nicht mehr ({ $why }); die Behörde sieht die letzte Fassung
# unreviewed
shares-log-no-opens = nie geöffnet
# unreviewed
shares-log-earlier = geöffnet   davor noch { $count }-mal (das Relay listet nur die neuesten)
# unreviewed
shares-log-opened = geöffnet   { $time }  { $by }
# unreviewed
shares-by-office = von { $office }
# unreviewed
shares-by-agency-key = mit dem Behördenschlüssel { $key }
# unreviewed
shares-by-bearer = von jemandem mit dem Code
# unreviewed
share-status-active = aktiv
# unreviewed
share-status-pending = ausstehend
# unreviewed
share-status-revoked = zurückgezogen
# unreviewed
share-status-expired = abgelaufen
# unreviewed
share-status-used-up = aufgebraucht
# unreviewed
share-status-unknown = unbekannt
# unreviewed
revoke-revoking = Freigabe { $id } ({ $fields }) wird zurückgezogen.
# unreviewed
revoke-question = Jetzt zurückziehen?
# unreviewed
revoke-nothing = Es wurde nichts zurückgezogen.
# unreviewed
revoke-done = Zurückgezogen. Das Relay hat die verschlüsselte Freigabe gelöscht; wer sie jetzt öffnen will, wird abgewiesen.
# unreviewed
revoke-cannot-take-back = Was schon geöffnet wurde, bleibt bei denen, die es geöffnet haben: Das Zurückziehen kann das nicht rückgängig machen.

## mappe open

# unreviewed
open-trust-key-form = --trust-key: geben Sie die 64 Hex-Zeichen des Signaturschlüssels der Vertrauensliste an
# unreviewed
open-trust-list-form = --trust-list { $url }: geben Sie eine https://-Adresse mit Pfad an, wie https://relay.example.org/v1/directory
# unreviewed
open-save-not-folder = --save-attachments { $dir }: kein Ordner
# unreviewed
open-needs-agency-key = der Link enthält keinen Schlüssel; führen Sie bei dieser Behörde `mappe open LINK --as AGENCY_FOLDER` aus
# unreviewed
open-office-passphrase-prompt = Passwort des Mappe-Schlüssels der Behörde:
# unreviewed
open-stated-by-person = ANGABEN DER PERSON, UNVERÄNDERT SEIT DEM TEILEN: signiert von der Mappe mit dem Fingerabdruck { $fingerprint }.
# unreviewed
open-stated-meaning = Das beweist, wer geteilt hat und dass nichts verändert wurde, aber nicht, dass die Angaben stimmen.
# unreviewed
open-anyone-with-code = jede Person mit dem Code
# unreviewed
open-label-shared-with = Geteilt mit
# unreviewed
open-label-purpose = Zweck
# unreviewed
open-label-valid-until = Gültig bis
# unreviewed
open-label-opened = Geöffnet
# unreviewed
open-label-live = Live-Freigabe
# unreviewed
open-opened-of = { $opens }-mal von { $max }
# unreviewed
open-opened-times = { $opens }-mal
# unreviewed
open-live-revision = Fassung { $revision }
# unreviewed
open-live-revision-corrected = Fassung { $revision }, zuletzt korrigiert am { $date }
# unreviewed
open-no-changes = KEINE ÄNDERUNGEN seit Ihrem letzten Öffnen (Fassung { $revision }).
# unreviewed
open-changed = GEÄNDERT SEIT IHREM LETZTEN ÖFFNEN (Fassung { $from } → { $to }):
# unreviewed
open-changed-on = GEÄNDERT SEIT IHREM LETZTEN ÖFFNEN (Fassung { $from } → { $to }, korrigiert am { $date }):
# unreviewed
open-change-none = (keine)
# unreviewed
open-change-removed = (entfernt)
# unreviewed
open-attestations-heading = BESTÄTIGUNGEN VON BEHÖRDEN (getrennt von den Angaben der Person geprüft)
# unreviewed
open-trust-list-not-used = Vertrauensliste nicht genutzt: { $why }
# unreviewed
open-no-trust-list = Keine Vertrauensliste festgelegt (--trust-key): Keine Behörde gilt als bestätigt.
# unreviewed
open-attestation-paper = Papier
# unreviewed
open-attestation-an-office = einer Behörde
# unreviewed
open-attestation-confirmed = BESTÄTIGT von { $office } am { $date }
# unreviewed
open-attestation-untrusted = NICHT BESTÄTIGT: signiert von einer Behörde, die nicht auf Ihrer Vertrauensliste steht
# unreviewed
open-attestation-status-unknown = NICHT BESTÄTIGT: am { $date } signiert von { $office }, aber ob die Bestätigung widerrufen wurde, ließ sich nicht prüfen
# unreviewed
open-attestation-withdrawn = WIDERRUFEN von { $office }: Das ist nicht mehr bestätigt
# unreviewed
open-attestation-expired = ABGELAUFEN: Die Bestätigung endete am { $date }
# unreviewed
open-attestation-invalid = UNGÜLTIG, nichts davon wird gezeigt: { $why }
# unreviewed
open-attestation-list-of = (Widerrufsliste vom { $time })
# unreviewed
open-scans-heading = SCANS
# unreviewed
open-scan-saved = { $name } ({ $media_type }, { $size }) gespeichert in { $file }
# unreviewed
open-scan-listed = { $name } ({ $media_type }, { $size }) — mit --save-attachments DIR herunterladen
# unreviewed
open-consent-heading = WAS DER PERSON GEZEIGT WURDE UND WOZU SIE ZUGESTIMMT HAT ({ $lang }):

## Fehler (die Sätze der Bibliothek, in der Sprache der Person)

# unreviewed
error-wrong-passphrase = falsches Passwort
# unreviewed
error-no-wallet = in { $dir } gibt es noch keine Mappe; legen Sie eine mit `mappe init` an
# unreviewed
error-wallet-exists = in { $dir } gibt es schon eine Mappe; sie wurde nicht verändert
# unreviewed
error-not-found = kein Eintrag mit der ID `{ $id }` (Liste: { $list })
# unreviewed
error-ambiguous-id = `{ $id }` passt zu mehr als einem Eintrag (Liste: { $list }); geben Sie mehr Zeichen der ID an
# unreviewed
error-unreadable-input = { $file } kann nicht gelesen werden: { $why }
# unreviewed
error-relay-unreachable = das Relay unter { $url } ist nicht erreichbar: { $why }
# unreviewed
error-share-revoked = diese Freigabe wurde von der Person zurückgezogen, die sie angelegt hat; es kann nichts gezeigt werden
# unreviewed
error-share-expired = diese Freigabe ist abgelaufen; es kann nichts gezeigt werden
# unreviewed
error-share-used-up = diese Freigabe wurde so oft geöffnet, wie die Person erlaubt hat; es kann nichts gezeigt werden
# unreviewed
error-share-not-found = das Relay kennt diese Freigabe nicht (falscher Link, oder sie existiert nicht mehr)
# unreviewed
error-needs-agency-key = diese Freigabe ist für eine bestimmte Behörde und lässt sich nur mit deren Mappe-Schlüssel öffnen (`mappe open LINK --as AGENCY_FOLDER`)
# unreviewed
error-not-for-this-key = dieser Schlüssel kann die Freigabe nicht öffnen: Sie wurde für jemand anderen angelegt
# unreviewed
error-share-altered = die Freigabe wurde unterwegs verändert oder beschädigt; es wird nichts gezeigt
# unreviewed
error-share-bad-signature = die Unterschrift der Person passt nicht: die Freigabe wurde verändert; es wird nichts angezeigt
# unreviewed
error-share-expired-on = diese Freigabe ist am { $date } abgelaufen
# unreviewed
error-share-newer-version = diese Freigabe stammt von einer neueren Version von Mappe (Format { $version }); bitte aktualisieren Sie Mappe
# unreviewed
error-sync-busy = andere Geräte haben weiter in das Relay geschrieben, während dieses Gerät es versuchte; starten Sie den Abgleich noch einmal
# unreviewed
error-missing-scan = der Scan { $name } ist noch nicht auf diesem Gerät; gleichen Sie zuerst das Gerät ab, das ihn hinzugefügt hat
# unreviewed
error-not-a-picture = { $file } ist kein lesbares PNG- oder JPEG-Bild
# unreviewed
error-picture-too-large = { $file } ist ein Bild mit { $width } × { $height } Pixeln; höchstens 40 Megapixel können gelesen werden
# unreviewed
error-no-qr-code = in { $file } konnte kein QR-Code gelesen werden; machen Sie das Foto noch einmal: näher, gerade von vorn und bei gleichmäßigem Licht
# unreviewed
error-qr-agency-card = der QR-Code in { $file } ist die Karte einer Behörde ({ $office }), keine Freigabe; er dient zum Teilen mit dieser Behörde (`mappe share --to`)
# unreviewed
error-qr-not-share = der QR-Code in { $file } ist kein Freigabe-Link von Mappe; er enthält: „{ $shown }“

## mappe sync

# unreviewed
sync-withheld = dem Relay fehlen Änderungen, die dieses Gerät schon gesehen hat ({ $detail }); es wurde nichts zusammengeführt. Wenn das Relay aus einer Sicherung wiederhergestellt wurde, führen Sie `mappe sync --resend` aus, um ihm die Änderungen dieses Geräts noch einmal zu geben; wenn nicht, hält das Relay sie vielleicht zurück: Fragen Sie die Beratungsstelle, die es betreibt
# unreviewed
sync-done-sent = Abgeglichen mit { $url }: { $merged } Einträge von anderen Geräten zusammengeführt, die Änderungen dieses Geräts gesendet; Protokoll bei Eintrag { $seq }.
# unreviewed
sync-done-nothing = Abgeglichen mit { $url }: { $merged } Einträge von anderen Geräten zusammengeführt, nichts Neues zu senden; Protokoll bei Eintrag { $seq }.
# unreviewed
sync-scans = Scans: { $down } heruntergeladen, { $up } hochgeladen.
# unreviewed
sync-scan-missing = Scan { $name } ist noch nicht auf dem Relay: Gleichen Sie das Gerät ab, das ihn hinzugefügt hat.
# unreviewed
live-updated = Live-Freigabe { $id } auf Fassung { $revision } aktualisiert.
# unreviewed
live-revoked-elsewhere = Live-Freigabe { $id } wurde auf einem anderen Gerät zurückgezogen; sie ist jetzt auch hier als zurückgezogen vermerkt.
# unreviewed
live-stopped = Live-Freigabe { $id } folgt Ihrer Mappe nicht mehr ({ $why }). Die Behörde sieht weiter die letzte Fassung; ziehen Sie sie mit `mappe revoke { $id }` zurück und teilen Sie bei Bedarf neu.

## mappe forget

# unreviewed
forget-asking = Das Relay { $url } wird gebeten, diese Mappe zu vergessen.
# unreviewed
forget-what = Es löscht alles, was es von Ihnen hat: die verschlüsselte Kopie Ihrer Mappe (Abgleich-Protokoll und Scans), jede Freigabe, die Sie dort angelegt haben, und deren Zugriffsprotokolle.
# unreviewed
forget-live-shares = { $count ->
    [0] Sie haben auf diesem Relay keine aktiven Freigaben.
    [one] Ihre { $count } aktive Freigabe auf diesem Relay funktioniert sofort nicht mehr.
   *[other] Ihre { $count } aktiven Freigaben auf diesem Relay funktionieren sofort nicht mehr.
}
# unreviewed
forget-cannot-take-back = Was Behörden schon geöffnet haben, bleibt bei ihnen: Das Vergessen kann das nicht rückgängig machen.
# unreviewed
forget-device-kept = Ihre Mappe auf diesem Gerät bleibt; ein späteres `mappe sync` mit diesem Relay legt dort eine neue Kopie an.
# unreviewed
forget-question = Das Relay jetzt bitten, Sie zu vergessen?
# unreviewed
forget-nothing-sent = Es wurde nichts gesendet.
# unreviewed
forget-receipt-kept = Die Quittung ist in { $file } gespeichert.
# unreviewed
forget-done = Das Relay hat diese Mappe vergessen. Seine signierte Quittung ist geprüft:
# unreviewed
forget-revoked-here = { $count ->
    [one] { $count } Freigabe auf diesem Relay ist jetzt in Ihrer Mappe als zurückgezogen vermerkt.
   *[other] { $count } Freigaben auf diesem Relay sind jetzt in Ihrer Mappe als zurückgezogen vermerkt.
}
# unreviewed
forget-no-receipts = Noch keine Löschquittungen. `mappe forget --relay URL` bittet ein Relay, Sie zu vergessen.
# unreviewed
receipt-label-relay = Relay:
# unreviewed
receipt-label-relay-key = Relay-Schlüssel:
# unreviewed
receipt-label-deleted-at = gelöscht am:
# unreviewed
receipt-label-deleted = gelöscht:
# unreviewed
receipt-label-share = Freigabe:
# unreviewed
receipt-deleted-counts = Freigaben: { $shares }, geteilte Scans: { $share_scans }, Zeilen im Zugriffsprotokoll: { $log_rows }, Einträge im Abgleich-Protokoll: { $sync_entries }, abgeglichene Scans: { $sync_scans }

## Behörden: mappe agency

# unreviewed
agency-folder-taken = { $dir } enthält schon eine Mappe-Identität; wählen Sie mit --wallet einen anderen Ordner
# unreviewed
agency-name-form = --name: geben Sie den Namen der Behörde an, 1 bis 200 Zeichen einfacher Text
# unreviewed
agency-kind-unknown = --kind { $given }: nehmen Sie eins von { $kinds }
# unreviewed
agency-created = Die Mappe-Identität von { $name } ({ $kind }) ist in { $dir } angelegt.
# unreviewed
agency-fingerprint = Fingerabdruck (vergleichen Sie ihn laut mit den Menschen, die mit Ihnen teilen): { $fingerprint }
# unreviewed
agency-card-file = Öffentliche Karte für Menschen, die mit dieser Behörde teilen: { $file }
# unreviewed
agency-key-string = Oder geben Sie ihnen diesen Schlüssel: { $key }
# unreviewed
agency-card-qr = Die Karte als QR-Code, zum Scannen mit der Mappe-App (auch in { $file }):
# unreviewed
agency-no-card = { $dir } ist kein Behördenordner (kein { $file }); legen Sie einen mit `mappe agency init` an
# unreviewed
agency-exported = Schlüssel von { $name } in { $file } geschrieben.
# unreviewed
agency-exported-how = Er bleibt mit dem Passwort der Behörde gesperrt: Bringen Sie ihn zum anderen Computer der Behörde und importieren Sie ihn dort (`mappe agency import` oder der Mappe-Schreibtisch im Browser). Fingerabdruck: { $fingerprint }
# unreviewed
agency-export-too-large = { $file } ist zu groß für eine Exportdatei einer Behörde
# unreviewed
agency-imported = Mappe-Schlüssel von { $name } ({ $kind }) in { $dir } eingerichtet.
# unreviewed
agency-imported-fingerprint = Fingerabdruck (vergleichen Sie ihn mit den anderen Computern der Behörde): { $fingerprint }

## Bestätigungen

# unreviewed
attest-expires-form = --expires braucht ein Datum wie { $example } oder eine Zahl von Tagen wie 365d
# unreviewed
attest-key-form = { $flag }: geben Sie die 64 Hex-Zeichen des Schlüssels an
# unreviewed
attest-kind-unknown = --kind { $given }: nehmen Sie residence, certificate oder recognition
# unreviewed
attest-claim-form = --claim { $given }: schreiben Sie NAME=WERT, z. B. --claim valid_until=2027-06-30
# unreviewed
attest-relay-fixed = diese Behörde veröffentlicht ihre Widerrufe unter { $url }; schon ausgestellte Bestätigungen verweisen dorthin
# unreviewed
attest-issued = { $office } hat ein Papier ({ $paper }) der Person mit dem Schlüssel { $key } bestätigt: Bestätigung Nummer { $number }.
# unreviewed
attest-written = Gültig bis { $date }. In { $file } geschrieben: Geben Sie diese Datei der Person.
# unreviewed
attest-too-long-for-qr = die Bestätigung ist zu lang für einen QR-Code; geben Sie der Person die Datei
# unreviewed
attest-how-to-withdraw = Zum späteren Widerrufen: mappe agency withdraw { $number } (veröffentlicht unter { $url }).
# unreviewed
attest-none-issued = diese Behörde hat noch keine Bestätigungen ausgestellt (kein { $file } in { $dir })
# unreviewed
attest-withdrawn = Bestätigung { $number } widerrufen ({ $paper }, ausgestellt für den Schlüssel { $key }). Wer prüft, sieht das ab jetzt unter { $url }.
# unreviewed
attest-withdrawn-cannot-take-back = Behörden, die schon eine Freigabe damit geöffnet haben, behalten, was sie damals gesehen haben.
# unreviewed
attest-your-key = Ihr Schlüssel, für eine Behörde, die eines Ihrer Papiere bestätigt: { $key }
# unreviewed
attest-your-fingerprint = Fingerabdruck (vergleichen Sie ihn laut mit der Behörde): { $fingerprint }
# unreviewed
attest-entry-form = --to { $given }: nennen Sie den Eintrag als residence/ID oder certificates/ID
# unreviewed
attest-file-too-large = { $file } ist zu groß für eine Bestätigung
# unreviewed
attest-file-not-text = { $file } ist keine Bestätigung (kein Text)
# unreviewed
attest-wrong-section = diese Bestätigung gilt für eine andere Art von Papier ({ $paper }); sie kann nicht bei { $entry } aufbewahrt werden
# unreviewed
attest-kept = Die Bestätigung von { $office } ist bei { $entry } gespeichert (gültig bis { $date }).
# unreviewed
attest-confirmed-facts = Bestätigte Angaben: { $facts }
# unreviewed
attest-share-hint = So teilen Sie sie: { $command }
# unreviewed
attest-list-none = Noch hat keine Behörde eines Ihrer Papiere bestätigt. Geben Sie einer Behörde Ihren Schlüssel (mappe attestation key).
# unreviewed
attest-list-valid = { $entry }: { $paper }, bestätigt von { $office } (gültig bis { $date })
# unreviewed
attest-list-expired = { $entry }: { $paper }, bestätigt von { $office } (ABGELAUFEN, endete am { $date })
# unreviewed
attest-list-unreadable = { $entry }: eine Bestätigung, die diese Version nicht lesen kann

## mappe demo

# unreviewed
demo-intro = Mappe-Demo. Alles passiert in einem vorübergehenden Ordner, der am Ende gelöscht wird:
# unreviewed
demo-step = Schritt { $number }: { $text }
# unreviewed
demo-step-1-given = Eine Beratungsstelle betreibt ein Relay. Hier: das mit --relay angegebene.
# unreviewed
demo-step-1-inside = Eine Beratungsstelle betreibt ein Relay. Hier: eines auf diesem Computer, das in SQLite speichert.
# unreviewed
demo-relay-given = Das Relay unter { $url } wird genutzt. Es sieht immer nur verschlüsselte Bytes.
# unreviewed
demo-relay-inside = Das Relay wartet unter { $url }. Es sieht immer nur verschlüsselte Bytes.
# unreviewed
demo-relay-failed = das Demo-Relay kann nicht gestartet werden
# unreviewed
demo-no-relay-inside = dieses Programm mappe wurde ohne eingebautes Relay gebaut; starten Sie die Demo mit `cargo run --release --bin mappe --features embedded-relay -- demo` oder starten Sie ein Relay (`mappe-relay`) und führen Sie `mappe demo --relay URL` aus
# unreviewed
demo-no-temp-folder = es kann kein vorübergehender Ordner angelegt werden
# unreviewed
demo-no-example-scan = der Beispiel-Scan kann nicht geschrieben werden
# unreviewed
demo-step-2 = Amal legt ihre Mappe an und füllt ihr Profil aus.
# unreviewed
demo-wallet-created = Mappe angelegt. Fingerabdruck: { $fingerprint }
# unreviewed
demo-step-3 = Sie fügt ihren Lebenslauf hinzu: Studium in Aleppo, Arbeit in Gaziantep, der Integrationskurs.
# unreviewed
demo-step-4 = Sie scannt ihr B1-Zertifikat und fügt es hinzu; der Scan wird in Stücken von 64 KiB verschlüsselt.
# unreviewed
demo-step-5 = Sie fügt ihre Aufenthaltserlaubnis hinzu und sieht sich ihre Mappe an.
# unreviewed
demo-step-6 = Das Jobcenter legt einmal seinen eigenen Mappe-Schlüssel an und veröffentlicht seine Karte (agency.json).
# unreviewed
demo-step-7 = Am Schalter des Jobcenters teilt Amal ihr B1-Zertifikat mit dem Scan, ihre aktuelle Aufenthaltserlaubnis und ihren Namen — nur für diese Behörde, 30 Tage lang, höchstens 3-mal zu öffnen. Sie liest, was das bedeutet, und stimmt zu.
# unreviewed
demo-step-8 = Jemand fotografiert den QR-Code über ihre Schulter. Ohne den Schlüssel des Jobcenters verrät er nichts:
# unreviewed
demo-step-9 = Die Sachbearbeiterin scannt den QR-Code und öffnet ihn mit dem Schlüssel des Jobcenters: geprüft, genau diese Felder.
# unreviewed
demo-scan-not-saved = der Scan wurde nicht gespeichert
# unreviewed
demo-scan-identical = Der gespeicherte Scan ist Byte für Byte gleich mit Amals Original: ja
# unreviewed
demo-scan-differs = der gespeicherte Scan weicht vom Original ab
# unreviewed
demo-step-10 = Wieder zu Hause sieht Amal nach, wer ihre Freigabe geöffnet hat.
# unreviewed
demo-step-11 = Amal zieht die Freigabe zurück.
# unreviewed
demo-step-12 = Die Sachbearbeiterin versucht, sie noch einmal zu öffnen.
# unreviewed
demo-refused = abgewiesen: { $why }
# unreviewed
demo-finished = Demo beendet: Die Freigabe wurde einmal vom Jobcenter geöffnet, dann zurückgezogen, und die zurückgezogene Freigabe wurde abgewiesen.
