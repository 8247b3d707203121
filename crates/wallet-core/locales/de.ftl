### Mappe-Einwilligung: Deutsch.
### Status: von den Entwicklern geschrieben, noch nicht von einer zweiten muttersprachlichen Person geprüft.
### Message-IDs, Variablen und neue Sprachen: docs/consent.md.
### Kurze, einfache Sätze: eine Information pro Zeile, Alltagswörter.

## Die Zusammenfassung, von oben nach unten.

consent-title = Sie geben gleich Daten aus Ihrer Mappe frei.
consent-who-agency = Wer die Freigabe öffnen kann: nur { $agency }
consent-who-anyone = Wer die Freigabe öffnen kann: alle, die diesen Code oder Link haben
consent-keep-code = Zeigen Sie den Code nur der Person, die Ihre Daten sehen soll.
consent-what = Was freigegeben wird:
consent-purpose = Wofür: { $purpose }
consent-until = Gültig bis: { $date }
consent-opens =
    { $count ->
        [1] Die Freigabe kann nur einmal geöffnet werden.
       *[other] Die Freigabe kann höchstens { $count }-mal geöffnet werden.
    }
consent-opens-unlimited = Bis dahin kann die Freigabe beliebig oft geöffnet werden.
consent-live-on = Wenn Sie später etwas hier Freigegebenes korrigieren oder einer freigegebenen Liste einen Eintrag hinzufügen, wird das auch freigegeben.
consent-live-off = Wenn Sie später etwas korrigieren oder hinzufügen, wird das nicht freigegeben: Diese Fassung bleibt, wie sie ist.
consent-revoke = Sie können die Freigabe jederzeit zurückziehen (stoppen).
revoke-warning = Das Zurückziehen verhindert jedes weitere Öffnen, aber was schon geöffnet, gesehen oder gespeichert wurde, lässt sich nicht zurückholen.

## Was freigegeben wird: ein Punkt pro Eintrag.

field-whole-profile = Ihr ganzes Profil (Namen, Geburt, Staatsangehörigkeit, Sprachen, Kontaktdaten)
field-given-names = Vornamen
field-family-name = Familienname
field-aliases = Andere Namen (frühere Namen, andere Schreibweisen)
field-birth-date = Geburtsdatum
field-birth-place = Geburtsort
field-nationality = Staatsangehörigkeit
field-languages = Sprachen, die Sie sprechen
field-contact = Alle Kontaktdaten (Telefon, E-Mail, Adresse)
field-contact-phone = Telefonnummer
field-contact-email = E-Mail-Adresse
field-contact-address = Adresse
field-other = Profilfeld: { $name }
section-cv = Ihr ganzer Lebenslauf (Schule, Ausbildung, Arbeit)
section-certificates = Alle Ihre Zeugnisse und Zertifikate (ohne Scans)
section-residence = Alle Ihre Aufenthaltspapiere (ohne Scans)
section-attachments = Alle Ihre Scans
item-cv = Aus Ihrem Lebenslauf: { $title }
item-certificate = Zertifikat: { $title }
item-residence = Aufenthaltspapier: { $title }
item-attachment = Datei: { $title }
scan-certificate = Scan des Zertifikats „{ $title }“: { $file }
scan-residence = Scan des Aufenthaltspapiers „{ $title }“: { $file }
scan-other = Scan von „{ $title }“: { $file }

## Von einem Amt bestätigte Angaben (Bestätigungen), mit der Signatur des Amts.

consent-confirmed = Von einem Amt bestätigt (der Empfänger kann die Signatur des Amts prüfen):
confirmed-item = { $paper } von { $issuer }: { $claims }
paper-residence = Aufenthaltspapier
paper-certificate = Zeugnis
paper-recognition = Anerkennungsbescheid
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
