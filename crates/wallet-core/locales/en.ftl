### Mappe consent summary: English (source language).
### Status: written by the developers; the reference for every other file.
### Message ids, variables and how to add a language: docs/consent.md.
### Keep sentences short and plain: one fact per line, everyday words.

## The summary, top to bottom.

consent-title = You are about to share data from your wallet.
# $agency: the office's name as it signed up (not translated).
consent-who-agency = Who can open it: only { $agency }
consent-who-anyone = Who can open it: anyone who has this code or link
consent-keep-code = Give the code only to the person who should see your data.
consent-what = What is shared:
# $purpose: the holder's own words (not translated).
consent-purpose = What it is for: { $purpose }
# $date: YYYY-MM-DD.
consent-until = Valid until: { $date }
consent-opens =
    { $count ->
        [1] It can be opened only once.
       *[other] It can be opened { $count } times at most.
    }
consent-opens-unlimited = Until then it can be opened as often as needed.
consent-live-on = If you later correct something you share here, or add an entry to a list you share, that is shared too.
consent-live-off = If you later correct or add something, that is not shared: this version stays as it is.
consent-revoke = You can revoke (stop) this share at any time.
# Also shown on its own when the holder revokes a share.
revoke-warning = Revoking stops any further opening, but it cannot take back what was already opened, seen or saved.

## What is shared: one bullet per entry.

field-whole-profile = Your whole profile (names, birth, nationality, languages, contact details)
field-given-names = First names
field-family-name = Family name
field-aliases = Other names (earlier names, other spellings)
field-birth-date = Date of birth
field-birth-place = Place of birth
field-nationality = Nationality
field-languages = Languages you speak
field-contact = All contact details (phone, email, address)
field-contact-phone = Phone number
field-contact-email = Email address
field-contact-address = Address
# A profile field this version does not know; $name is its technical name.
field-other = Profile field: { $name }
section-cv = Your whole CV (school, training, work)
section-certificates = All your certificates (without the scans)
section-residence = All your residence papers (without the scans)
section-attachments = All your scans
# $title: as written in the wallet (not translated).
item-cv = From your CV: { $title }
item-certificate = Certificate: { $title }
item-residence = Residence paper: { $title }
item-attachment = File: { $title }
# $file: the scan's file name.
scan-certificate = Scan of the certificate “{ $title }”: { $file }
scan-residence = Scan of the residence paper “{ $title }”: { $file }
scan-other = Scan of “{ $title }”: { $file }

## Facts an office confirmed (attestations), shown with the office's signature.

consent-confirmed = Confirmed by an office (the receiver can check the office's signature):
# $paper: what kind of paper; $issuer: the office's name as it wrote it (not translated); $claims: the facts shown, comma-separated.
confirmed-item = { $paper } from { $issuer }: { $claims }
paper-residence = Residence paper
paper-certificate = Certificate
paper-recognition = Recognition notice
claim-kind = Kind
claim-number = Number
claim-valid_from = Valid from
claim-valid_until = Valid until
claim-legal_basis = Legal basis
claim-work_permitted = Work permitted
claim-level = Level
claim-issuer = Issued by
claim-date = Date
claim-degree = Degree
claim-decision = Decision
