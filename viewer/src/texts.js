// Every word the viewer shows, in German (the default) and English. Field names follow the
// wallet's data model (crates/wallet-core/src/document/model.rs).

export const UI = {
  de: {
    switchTo: 'English',
    switchLang: 'en',
    opening: 'Die Freigabe wird geöffnet und geprüft …',
    verifiedTitle: 'Geprüft',
    verifiedText: 'Signiert mit der Mappe mit dem Fingerabdruck',
    verifiedText2: 'und seit der Freigabe unverändert. Entschlüsselt nur in diesem Browser.',
    sharedWith: 'Freigegeben für',
    anyone: 'jede Person mit diesem Code oder Link',
    purpose: 'Zweck',
    validUntil: 'Gültig bis',
    opensLeft: 'Noch zu öffnen',
    opensLeftValue: (left, max) => `${left} von ${max} Mal`,
    opensUnlimited: (n) => `bis zum Ablauf unbegrenzt (bisher ${n} Mal geöffnet)`,
    createdAt: 'Erstellt am',
    profile: 'Persönliche Angaben',
    cv: 'Lebenslauf',
    certificates: 'Zertifikate und Abschlüsse',
    residence: 'Aufenthaltspapiere',
    other: 'Weitere Angaben',
    scans: 'Scans',
    scanOf: 'gehört zu',
    download: 'Herunterladen',
    downloading: 'Wird geladen und geprüft …',
    downloadFailed: 'Herunterladen nicht möglich. Bitte später erneut versuchen.',
    consentTitle: 'Was der Person gezeigt wurde und wozu sie zugestimmt hat',
    consentLang: 'Sprache',
    print: 'Drucken',
    shareId: 'Freigabe-Nr.',
    revision: 'Version',
    empty: '—',
    addressedTitle: 'Diese Freigabe ist für eine bestimmte Stelle',
    addressedText:
      'Dieser Link enthält keinen Schlüssel. Die Freigabe wurde für eine bestimmte Behörde oder Beratungsstelle verschlüsselt und kann nur mit dem Mappe-Schlüssel dieser Stelle geöffnet werden – nicht auf dieser Seite.',
    addressedHow: 'Sie arbeiten bei dieser Stelle? Öffnen Sie die Freigabe an Ihrem Mappe-Schreibtisch im Browser:',
    addressedOffice: 'Am Mappe-Schreibtisch öffnen',
    addressedCli: 'Oder an einem Rechner mit der Kommandozeile:',
    addressedCmd: 'mappe open LINK --as ORDNER-DES-STELLENSCHLÜSSELS',
  },
  en: {
    switchTo: 'Deutsch',
    switchLang: 'de',
    opening: 'Opening and checking the share …',
    verifiedTitle: 'Verified',
    verifiedText: 'Signed by the Mappe wallet with fingerprint',
    verifiedText2: 'and unchanged since it was shared. Decrypted only in this browser.',
    sharedWith: 'Shared with',
    anyone: 'anyone holding this code or link',
    purpose: 'Purpose',
    validUntil: 'Valid until',
    opensLeft: 'Opens left',
    opensLeftValue: (left, max) => `${left} of ${max}`,
    opensUnlimited: (n) => `unlimited until it expires (opened ${n} times so far)`,
    createdAt: 'Created',
    profile: 'Personal details',
    cv: 'CV',
    certificates: 'Certificates and qualifications',
    residence: 'Residence papers',
    other: 'Other details',
    scans: 'Scans',
    scanOf: 'belongs to',
    download: 'Download',
    downloading: 'Downloading and checking …',
    downloadFailed: 'The download is not possible. Please try again later.',
    consentTitle: 'What the person was shown and agreed to',
    consentLang: 'Language',
    print: 'Print',
    shareId: 'Share id',
    revision: 'Revision',
    empty: '—',
    addressedTitle: 'This share is for a specific office',
    addressedText:
      'This link holds no key. The share was encrypted for one particular office or counselling centre and can only be opened with that office’s Mappe key – not on this page.',
    addressedHow: 'You work at that office? Open the share on your Mappe office desk in the browser:',
    addressedOffice: 'Open at the office desk',
    addressedCli: 'Or on a computer with the command line:',
    addressedCmd: 'mappe open LINK --as OFFICE-KEY-FOLDER',
  },
};

/** Failure reasons, always shown in both languages (German first). */
export const REASONS = {
  revoked: {
    de: ['Widerrufen', 'Die Person hat diese Freigabe widerrufen. Sie kann nicht mehr geöffnet werden.'],
    en: ['Revoked', 'The person revoked this share. It can no longer be opened.'],
  },
  expired: {
    de: ['Abgelaufen', 'Diese Freigabe ist abgelaufen. Bitten Sie die Person um eine neue.'],
    en: ['Expired', 'This share has expired. Ask the person for a new one.'],
  },
  used_up: {
    de: ['Aufgebraucht', 'Diese Freigabe wurde so oft geöffnet wie erlaubt. Bitten Sie die Person um eine neue.'],
    en: ['Used up', 'This share has been opened as often as allowed. Ask the person for a new one.'],
  },
  tampered: {
    de: [
      'Beschädigt oder verändert',
      'Die Prüfung ist fehlgeschlagen: Die Daten wurden unterwegs verändert oder beschädigt, oder die Unterschrift passt nicht. Es wird nichts angezeigt.',
    ],
    en: [
      'Damaged or altered',
      'The check failed: the data was altered or damaged on the way, or the signature does not match. Nothing is shown.',
    ],
  },
  wrong_link: {
    de: ['Falscher Link', 'Dieser Link ist ungültig, unvollständig oder gehört zu keiner Freigabe auf diesem Server.'],
    en: ['Wrong link', 'This link is not valid, is incomplete, or names no share on this server.'],
  },
  newer_version: {
    de: ['Neuere Version', 'Diese Freigabe wurde mit einer neueren Version von Mappe erstellt, die dieser Server nicht lesen kann.'],
    en: ['Newer version', 'This share was made by a newer version of Mappe than this server can read.'],
  },
  rate_limited: {
    de: ['Gerade zu oft geöffnet', 'Diese Freigabe wurde in der letzten Minute zu oft geöffnet. Bitte laden Sie die Seite in einer Minute neu.'],
    en: ['Opened too often just now', 'This share was opened too often in the last minute. Please reload the page in a minute.'],
  },
  unreachable: {
    de: ['Nicht erreichbar', 'Der Server hat nicht geantwortet. Bitte später erneut versuchen.'],
    en: ['Not reachable', 'The server did not answer. Please try again later.'],
  },
};

/** Which reason a failure shows. `code` is a ShareError code or a relay error code. */
export function reasonFor(code) {
  switch (code) {
    case 'revoked':
    case 'expired':
    case 'used_up':
    case 'rate_limited':
      return code;
    case 'integrity':
    case 'bad_signature':
    case 'wrong_share':
      return 'tampered';
    case 'unsupported_version':
      return 'newer_version';
    case 'bad_link':
    case 'not_found':
    case 'bad_request':
      return 'wrong_link';
    default:
      return 'unreachable';
  }
}

const L = (de, en) => ({ de, en });

export const FIELD_LABELS = {
  given_names: L('Vornamen', 'Given names'),
  family_name: L('Familienname', 'Family name'),
  aliases: L('Andere Schreibweisen', 'Also written'),
  birth_date: L('Geburtsdatum', 'Date of birth'),
  birth_place: L('Geburtsort', 'Place of birth'),
  nationality: L('Staatsangehörigkeit', 'Nationality'),
  languages: L('Sprachen', 'Languages'),
  contact: L('Kontakt', 'Contact'),
  phone: L('Telefon', 'Phone'),
  email: L('E-Mail', 'Email'),
  address: L('Anschrift', 'Address'),
  kind: L('Art', 'Kind'),
  title: L('Bezeichnung', 'Title'),
  organisation: L('Schule, Arbeitgeber, Anbieter', 'School, employer, provider'),
  place: L('Ort', 'Place'),
  from: L('Von', 'From'),
  to: L('Bis', 'To'),
  description: L('Beschreibung', 'Description'),
  issuer: L('Ausgestellt von', 'Issued by'),
  issued_on: L('Ausgestellt am', 'Issued on'),
  cefr_level: L('Sprachniveau (GER)', 'CEFR level'),
  exam: L('Prüfung', 'Exam'),
  number: L('Nummer', 'Number'),
  valid_until: L('Gültig bis', 'Valid until'),
  authority: L('Behörde', 'Authority'),
  language: L('Sprache', 'Language'),
  level: L('Niveau', 'Level'),
};

export const PROFILE_ORDER = [
  'given_names',
  'family_name',
  'aliases',
  'birth_date',
  'birth_place',
  'nationality',
  'languages',
  'contact',
];
export const ITEM_ORDER = [
  'title',
  'kind',
  'organisation',
  'place',
  'from',
  'to',
  'cefr_level',
  'exam',
  'issuer',
  'issued_on',
  'number',
  'valid_until',
  'authority',
  'description',
];

export const KIND_LABELS = {
  cv: {
    education: L('Schule und Ausbildung', 'Education'),
    work: L('Berufstätigkeit', 'Work'),
    training: L('Weiterbildung', 'Training'),
    other: L('Sonstiges', 'Other'),
  },
  certificates: {
    language: L('Sprachzertifikat', 'Language certificate'),
    qualification: L('Qualifikation', 'Qualification'),
    recognition: L('Anerkennungsbescheid', 'Recognition notice'),
    other: L('Zertifikat', 'Certificate'),
  },
  residence: {
    aufenthaltserlaubnis: L('Aufenthaltserlaubnis', 'Aufenthaltserlaubnis (residence permit)'),
    niederlassungserlaubnis: L('Niederlassungserlaubnis', 'Niederlassungserlaubnis (settlement permit)'),
    aufenthaltsgestattung: L('Aufenthaltsgestattung', 'Aufenthaltsgestattung (asylum procedure)'),
    duldung: L('Duldung', 'Duldung (tolerated stay)'),
    fiktionsbescheinigung: L('Fiktionsbescheinigung', 'Fiktionsbescheinigung (provisional permit)'),
    visa: L('Visum', 'Visa'),
    eu_citizen: L('EU-Bürger/in (Freizügigkeit)', 'EU citizen (free movement)'),
    other: L('Anderes Aufenthaltspapier', 'Other residence paper'),
  },
};

/** A label for a field key: the known word, else the key made readable. */
export function fieldLabel(key, lang) {
  const known = FIELD_LABELS[key];
  if (known) return known[lang];
  const text = String(key).replace(/_/g, ' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Right-to-left languages among the consent languages. */
export const RTL = new Set(['ar', 'fa']);
export const LANGUAGE_NAMES = {
  de: L('Deutsch', 'German'),
  en: L('Englisch', 'English'),
  ar: L('Arabisch', 'Arabic'),
  uk: L('Ukrainisch', 'Ukrainian'),
  fa: L('Persisch', 'Persian'),
  tr: L('Türkisch', 'Turkish'),
};
