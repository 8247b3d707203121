### Mappe-Lebenslauf: Deutsch (die Standardsprache: der Lebenslauf ist für Arbeitgeber in Deutschland).
### Überschriften und Bezeichnungen des tabellarischen Lebenslaufs; die Werte kommen aus der Mappe.
### Message-IDs und Variablen wie in en.ftl (ein Unit-Test prüft das). Siehe docs/cv-export.md.

# unreviewed
cv-title = Lebenslauf
# unreviewed
cv-personal = Persönliche Daten
# unreviewed
cv-name = Name
# unreviewed
cv-also-written = Auch geschrieben
# unreviewed
cv-birth = Geburtsdatum und -ort
# unreviewed
cv-birth-date = Geburtsdatum
# unreviewed
cv-birth-place-only = Geburtsort
# unreviewed
cv-born-in = { $date } in { $place }
# unreviewed
cv-nationality = Staatsangehörigkeit
# unreviewed
cv-address = Anschrift
# unreviewed
cv-phone = Telefon
# unreviewed
cv-email = E-Mail
# unreviewed
cv-work = Berufserfahrung
# unreviewed
cv-education = Ausbildung und Schulbildung
# unreviewed
cv-training = Weiterbildung
# unreviewed
cv-other = Sonstige Erfahrungen
# unreviewed
cv-languages = Sprachkenntnisse
# unreviewed
cv-certificates = Zertifikate und Qualifikationen
# unreviewed
cv-since = seit { $from }
# unreviewed
cv-until = bis { $to }
# unreviewed
cv-native = Muttersprache
# unreviewed
cv-level = Niveau { $level } (GER)
# unreviewed
cv-exam = Prüfung
# unreviewed
cv-issuer = Ausgestellt von
# unreviewed
cv-cert-language = Sprachzertifikat
# unreviewed
cv-cert-qualification = Abschluss
# unreviewed
cv-cert-recognition = Anerkennungsbescheid
# unreviewed
cv-cert-other = Zertifikat
# unreviewed
cv-photo = Foto
# unreviewed
cv-place-date = { $place }, den { $date }
