var Rn=Object.defineProperty;var Be=(e,t,n)=>()=>{if(n)throw n[0];try{return e&&(t=e(e=0)),t}catch(r){throw n=[r],r}};var At=(e,t)=>{for(var n in t)Rn(e,n,{get:t[n],enumerable:!0})};var Qt={};At(Qt,{loadCore:()=>F,now:()=>R,relayFetch:()=>Xe,useCoreFrom:()=>yr});function yr(e){be=e}function F(){return Ht??=(be?import(`${be}wallet_wasm.js`):import("./pkg/wallet_wasm.js")).then(async e=>(await e.default({module_or_path:new URL(be?`${be}wallet_wasm_bg.wasm`:"./pkg/wallet_wasm_bg.wasm",import.meta.url)}),e)),Ht}async function Xe({method:e,url:t,headers:n,body:r}){let i=await fetch(t,{method:e,headers:n||[],body:r??void 0,cache:"no-store",credentials:"omit"});return{status:i.status,body:new Uint8Array(await i.arrayBuffer())}}var Ht,be,R,J=Be(()=>{be=null;R=()=>Math.floor(Date.now()/1e3)});function gr(){return Jt||(Jt=[IDBIndex,IDBObjectStore,IDBCursor,IDBDatabase,IDBTransaction])}function vr(){return Zt||(Zt=["advance","continue","continuePrimaryKey"].map(e=>IDBCursor.prototype[e]))}function wr(e){let t=new Promise((n,r)=>{let i=()=>{e.removeEventListener("success",s),e.removeEventListener("error",o)},s=()=>{n(se(e.result)),i()},o=()=>{r(e.error),i()};e.addEventListener("success",s),e.addEventListener("error",o)});return Ne.set(t,e),t}function kr(e){if(rt.has(e))return;let t=new Promise((n,r)=>{let i=()=>{e.removeEventListener("complete",s),e.removeEventListener("error",o),e.removeEventListener("abort",o)},s=()=>{n(),i()},o=()=>{r(e.error||new DOMException("AbortError","AbortError")),i()};e.addEventListener("complete",s),e.addEventListener("error",o),e.addEventListener("abort",o)});rt.set(e,t)}function nn(e){at=e(at)}function br(e){return vr().includes(e)?function(...t){return e.apply(it(this),t),se(this.request)}:function(...t){return se(e.apply(it(this),t))}}function Sr(e){return typeof e=="function"?br(e):(e instanceof IDBTransaction&&kr(e),nt(e,gr())?new Proxy(e,at):e)}function se(e){if(e instanceof IDBRequest)return wr(e);if(et.has(e))return et.get(e);let t=Sr(e);return Object.is(t,e)||(et.set(e,t),Ne.set(t,e)),t}function rn(e,t,{blocked:n,upgrade:r,blocking:i,terminated:s}={}){let o=indexedDB.open(e,t),c=se(o);return r&&o.addEventListener("upgradeneeded",p=>{r(se(o.result),p.oldVersion,p.newVersion,se(o.transaction),p)}),n&&o.addEventListener("blocked",p=>n(p.oldVersion,p.newVersion,p)),c.then(p=>{s&&p.addEventListener("close",()=>s()),i&&p.addEventListener("versionchange",l=>i(l.oldVersion,l.newVersion,l))}).catch(()=>{}),c}function Xt(e,t){if(!(e instanceof IDBDatabase&&!(t in e)&&typeof t=="string"))return;if(tt[t])return tt[t];let n=t.replace(/FromIndex$/,""),r=t!==n,i=xr.includes(n);if(!(n in(r?IDBIndex:IDBObjectStore).prototype)||!(i||$r.includes(n)))return;let s=async function(o,...c){let p=this.transaction(o,i?"readwrite":"readonly"),l=p.store;return r&&(l=l.index(c.shift())),(await Promise.all([l[n](...c),i&&p.done]))[0]};return tt[t]=s}async function*Ar(...e){let t=this;if(t instanceof IDBCursor||(t=await t.openCursor(...e)),!t)return;t=t;let n=new Proxy(t,Er);for(an.set(n,t),Ne.set(n,it(t));t;)yield n,t=await(st.get(n)||t.continue()),st.delete(n)}function tn(e,t){return t===Symbol.asyncIterator&&nt(e,[IDBIndex,IDBObjectStore,IDBCursor])||t==="iterate"&&nt(e,[IDBIndex,IDBObjectStore])}var nt,Jt,Zt,rt,et,Ne,at,it,$r,xr,tt,_r,en,st,an,Er,sn=Be(()=>{nt=(e,t)=>t.some(n=>e instanceof n);rt=new WeakMap,et=new WeakMap,Ne=new WeakMap;at={get(e,t,n){if(e instanceof IDBTransaction){if(t==="done")return rt.get(e);if(t==="store")return n.objectStoreNames[1]?void 0:n.objectStore(n.objectStoreNames[0])}return se(e[t])},set(e,t,n){return e[t]=n,!0},has(e,t){return e instanceof IDBTransaction&&(t==="done"||t==="store")?!0:t in e}};it=e=>Ne.get(e);$r=["get","getKey","getAll","getAllKeys","count"],xr=["put","add","delete","clear"],tt={};nn(e=>({...e,get:(t,n,r)=>Xt(t,n)||e.get(t,n,r),has:(t,n)=>!!Xt(t,n)||e.has(t,n)}));_r=["advance","continue","continuePrimaryKey"],en={},st=new WeakMap,an=new WeakMap,Er={get(e,t){if(!_r.includes(t))return e[t];let n=en[t];return n||(n=en[t]=function(...r){st.set(this,an.get(this)[t](...r))}),n}};nn(e=>({...e,get(t,n,r){return tn(t,n)?Ar:e.get(t,n,r)},has(t,n){return tn(t,n)||e.has(t,n)}}))});function j(){return on??=rn(zr,1,{upgrade(e){for(let t of Br)e.objectStoreNames.contains(t)||e.createObjectStore(t)}}),on}async function ot(){return oe(await(await j()).get("keystore",W))}async function Se(){return oe(await(await j()).get("wallet",W))}async function Ce(e){return oe(await(await j()).get("attachments",e))??null}async function cn(e,t){await(await j()).put("attachments",t,e)}async function ue(e){return(await j()).get("settings",e)}async function U(e,t){await(await j()).put("settings",t,e)}async function ct(){return(await j()).get("sync",W)}async function Ie(e){await(await j()).put("sync",e,W)}async function lt(e,t){let r=(await j()).transaction(["keystore","wallet","attachments","sync"],"readwrite");await Promise.all([r.objectStore("attachments").clear(),r.objectStore("sync").clear(),r.objectStore("keystore").put(e,W),r.objectStore("wallet").put(t,W),r.done])}async function ln(e,{put:t=[],remove:n=[]}={}){let r=await j();await navigator.locks.request("mappe-wallet",async()=>{let i=oe(await r.get("wallet",W));i&&e.merge(i);let s=e.save(),o=r.transaction(["wallet","attachments"],"readwrite"),c=[o.objectStore("wallet").put(s,W)];for(let[p,l]of t)c.push(o.objectStore("attachments").put(l,p));for(let p of n)c.push(o.objectStore("attachments").delete(p));await Promise.all([...c,o.done])})}async function dn(e){let t=await j();await navigator.locks.request("mappe-wallet",async()=>{await t.put("wallet",e,W)})}async function un(){let t=(await j()).transaction(["keystore","wallet","attachments"],"readonly"),n=t.objectStore("attachments"),[r,i,s,o]=await Promise.all([t.objectStore("keystore").get(W),t.objectStore("wallet").get(W),n.getAllKeys(),n.getAll()]);return await t.done,{keystore:oe(r),wallet:oe(i),attachments:s.map((c,p)=>[c,oe(o[p])])}}async function hn({keystore:e,wallet:t,attachments:n}){let i=(await j()).transaction(["keystore","wallet","attachments","sync"],"readwrite"),s=[i.objectStore("attachments").clear(),i.objectStore("sync").clear(),i.objectStore("keystore").put(e,W),i.objectStore("wallet").put(t,W)];for(let[o,c]of n)s.push(i.objectStore("attachments").put(c,o));await Promise.all([...s,i.done])}var zr,Br,W,on,oe,re=Be(()=>{sn();zr="mappe",Br=["keystore","wallet","attachments","sync","settings"],W="current";oe=e=>e instanceof Uint8Array?e:e&&new Uint8Array(e)});var fn={};At(fn,{IDLE_MS:()=>pn,drain:()=>pt,enqueue:()=>pe,host:()=>Z,idle:()=>xe,lock:()=>he,op:()=>X,pending:()=>Re,save:()=>O,session:()=>v,touch:()=>ht,unlocked:()=>$e});function $e(e){v.wallet=e,ht()}function he(e){if(clearTimeout(v.timer),v.wallet)try{v.wallet.free()}catch{}v.wallet=null,v.opens=null,v.locks++,v.onLock(e)}function ht(){clearTimeout(v.timer),v.wallet&&(v.timer=setTimeout(()=>he("idle"),pn))}async function O(e){await xe(),await ln(v.wallet,e),ut?.postMessage("saved")}function X(e,...t){let n=dt.then(async()=>{let r=await F();if(!v.wallet)throw Object.assign(new Error("locked"),{name:"MappeError",code:"internal"});let i=v.locks,s=o=>{v.locks===i?v.wallet=o:o.free()};try{let{wallet:o,result:c}=await r[e](v.wallet,...t);return s(o),c}catch(o){throw o&&o.wallet&&s(o.wallet),o}});return dt=n.catch(()=>{}),n}function xe(){return dt}async function pe(e){let t=await ue("queue")||[];t.some(n=>n.op===e.op&&n.shareId===e.shareId)||t.push(e),await U("queue",t)}async function Re(){return await ue("queue")||[]}async function pt(e){let t=await Re(),n=[];for(let r of t)try{await e(r)}catch(i){i&&i.code==="unreachable"?n.push(r):console.warn("queued job failed",r.op,i&&i.code)}return await U("queue",n),n.length===0}var pn,ut,v,Z,dt,q=Be(()=>{re();J();pn=300*1e3,ut=typeof BroadcastChannel=="function"?new BroadcastChannel("mappe-wallet"):null,v={wallet:null,opens:null,onLock:()=>{},onChange:()=>{},timer:0,locks:0};for(let e of["pointerdown","keydown","input"])addEventListener(e,ht,{passive:!0,capture:!0});ut?.addEventListener("message",async()=>{await xe();let e=v.wallet;if(!e)return;let t=await Se();if(t&&v.wallet===e)try{e.merge(t),v.onChange()}catch(n){console.warn("merge from another tab failed",n)}});Z={fetch:Xe,readAttachment:e=>Ce(e),writeAttachment:(e,t)=>cn(e,t),readWallet:()=>Se(),saveWallet:async e=>{await dn(e),ut?.postMessage("saved")}},dt=Promise.resolve()});var zt=`### Mappe-App (die Mappe der Person unter /app/): Deutsch.
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
`;var Bt=`### Mappe app (the person's wallet at /app/): English (source language).
### Status: written by the developers; the reference for every other file.
### Every file in this folder has exactly these message ids with the same variables
### (checked by app/test/unit/). Keep sentences short and plain: one fact per line.

app-name = Mappe
app-tagline = Your papers, on your phone, encrypted.
language-self = English
language = Language
loading = Loading …
back = Back
cancel = Cancel
save = Save
edit = Edit
remove = Remove
yes-remove = Yes, remove
close = Close
next = Next
print = Print
lock = Lock
working = One moment …

## Start: create, unlock, recover.

start-create-title = Create a new wallet
start-create-intro = Choose a passphrase. You need it every time you open Mappe. Nobody can reset it for you.
passphrase = Passphrase
passphrase-again = Passphrase again
passphrase-mismatch = The two passphrases are not the same.
passphrase-short = Please use at least 8 characters.
create = Create wallet
start-unlock-title = Open your wallet
unlock = Open
start-forgot = Lost your passphrase or a new phone?
start-recover = Recover with the recovery code
start-new-instead = Create a new wallet instead

recovery-title = Your recovery code
recovery-intro = Write this code on paper or print it. Keep it safe, away from your phone.
recovery-once = It is shown only now. With it, anyone can open your wallet.
recovery-written = I have written it down
recovery-confirm-title = Check your recovery code
# $n: the number of the group (1 to 8 or so).
recovery-confirm-group = Group { $n }
recovery-confirm-wrong = That does not match. Look at your paper again.
recovery-confirm-ok = Confirm
recovery-show-again = Show the code again

recover-title = Recover your wallet
recover-intro = Type your recovery code and choose a new passphrase.
recover-code = Recovery code
recover-relay = Relay address (if your wallet was synced)
recover-relay-hint = Leave it as it is if you do not know. Then the wallet starts empty.
recover-go = Recover
recover-synced = Your wallet was brought back from the relay.
recover-empty = Your keys are back. The wallet is empty until you sync it.

locked-idle = Locked after 5 minutes without use.

## Home: the sections.

home-title = My papers
section-profile = About me
section-cv = CV
section-certificates = Certificates
section-residence = Residence papers
nav-home = Papers
nav-share = Share
nav-shares = My shares
nav-sync = Sync
nav-backup = Backup
empty-section = Nothing here yet.
add = Add
add-cv = Add CV entry
add-certificate = Add certificate
add-residence = Add residence paper
remove-confirm = Remove this entry? Its scan is removed too.
saved = Saved.
fingerprint = Your key: { $fingerprint }

## Needs your attention (start screen). The core decides what and how urgent; the mark before
## each word shows the urgency without colour.

attention-title = Needs your attention
urgency-expired = Expired
urgency-within_30_days = Within 30 days
urgency-within_90_days = Within 90 days
urgency-info = Good to know
# $name: an office's name.
notice-confirmation = Confirmation by { $name }
# $name: who the share is for.
notice-share = Share with { $name }
# $name: who the share is for, and why it stopped.
notice-live-share = Live share: { $name }
notice-left = Valid until { $date }. { $days ->
    [one] 1 day left.
   *[other] { $days } days left.
}
notice-ended = Expired on { $date }.
notice-superseded = Expired on { $date }. A newer paper is valid: nothing to do.
notice-share-ends = Ends on { $date }.
notice-live-stopped = It no longer follows your changes.
notice-unopened = Nobody has opened it since you shared it on { $date }.
advice-residence-extend = Apply for an extension at the Ausländerbehörde in good time, before it ends. If they have not decided by then, you get a Fiktionsbescheinigung: take it with you and keep it with your papers.
advice-residence-expired = Go to the Ausländerbehörde now. If you applied before it ended, ask for your Fiktionsbescheinigung. A migration counselling centre can help.
advice-attestation-renew = Ask the office for a new confirmation if you still need it.
advice-share-again = Stop this share and share again if the office still needs it.
advice-share-unopened = Ask the office whether they received the link or QR code. Share again if it got lost.
# The mark on a residence paper whose last valid day is over.
paper-expired = Expired on { $date }

## Profile fields.

profile-given_names = First names
profile-family_name = Family name
profile-aliases = Other names (one per line)
profile-birth_date = Date of birth
profile-birth_place = Place of birth
profile-nationality = Nationality
profile-languages = Languages (one per line, like "Arabic:native" or "Deutsch:B1")
profile-contact_phone = Phone
profile-contact_email = Email
profile-contact_address = Address
profile-edit = Edit profile
not-set = not set

## Item fields.

field-kind = Kind
field-title = Title
field-organisation = School, employer or course provider
field-place = Place
field-from = From
field-to = To
field-description = Description
field-issuer = Issued by
field-issued_on = Issued on
field-cefr_level = Level
field-exam = Exam
field-number = Document number
field-valid_until = Valid until
field-authority = Authority
field-legal_basis = Legal basis
legal_basis-hint = For example § 16a AufenthG (on the card or the paper).
field-work = Work
field-conditions = Conditions (Auflagen)
field-scan = Scan
scan-camera = Take a photo
scan-file = Choose a file
scan-show = Show scan
scan-hint = Photo (JPEG, PNG) or PDF.
scan-bad-type = Please choose a JPEG, PNG or PDF file.
date-hint = Year, or year and month, or a full date.

kind-education = School or studies
kind-work = Work
kind-training = Training or course
kind-other = Other
kind-language = Language certificate
kind-qualification = Qualification
kind-recognition = Recognition of a foreign qualification
kind-aufenthaltserlaubnis = Residence permit (Aufenthaltserlaubnis)
kind-niederlassungserlaubnis = Settlement permit (Niederlassungserlaubnis)
kind-aufenthaltsgestattung = Permission to stay during asylum (Aufenthaltsgestattung)
kind-duldung = Toleration (Duldung)
kind-fiktionsbescheinigung = Provisional certificate (Fiktionsbescheinigung)
kind-visa = Visa
kind-eu_citizen = EU citizen
level-none = no level
work-none = not stated
work-permitted = Work permitted
work-permitted_with_approval = Work only with permission of the Ausländerbehörde
work-not_permitted = Work not permitted

## Share.

share-title = Share with an office
share-what = What do you want to show?
share-nothing = Choose at least one thing to share.
share-expiry = How long?
# $days: 7, 30 or 90.
share-days = { $days ->
    [one] { $days } day
   *[other] { $days } days
}
share-opens = How often can it be opened?
share-opens-unlimited = As often as needed
# $count: 1, 3 or 10.
share-opens-count = { $count ->
    [one] Once
   *[other] { $count } times
}
share-live = Also send later corrections and new entries?
share-live-yes = Yes, send changes
share-live-no = No, only as it is now
share-who = Who may open it?
share-who-anyone = Anyone I show the code to
share-who-office = Only one office (scan its card)
share-scan-card = Scan the office card
share-card-file = Choose the card file
# $name: the office's name from its card (not translated); $fingerprint: its key.
share-office = Office: { $name } ({ $fingerprint })
share-purpose = What is it for? (optional)
share-preview = Check
share-consent-title = Please read before you share
share-confirm = Yes, share
share-qr-title = Show this code to the office
share-qr-done = Done
share-relay-needed = Sharing needs the internet. Try again when you are online.

## Scanning.

scan-title = Hold the office card in front of the camera
scan-no-camera = The camera cannot be used. Choose the card file instead.
scan-no-code = No office card code found.

## My shares.

shares-title = My shares
shares-none = You have not shared anything yet.
shares-refresh = Update
status-active = Active
status-pending = Uploading
status-revoked = Revoked
status-expired = Expired
status-used_up = Used up
status-unknown = Status unknown
# $date: a date and time.
shares-until = Valid until { $date }
# $count: how often it was opened.
shares-opened = { $count ->
    [0] Not opened yet
    [one] Opened once
   *[other] Opened { $count } times
}
# $date: a date and time; $by: who opened it (an office name or "someone with the code").
shares-log-line = { $date }: { $by }
shares-by-bearer = someone with the code
shares-for-anyone = For anyone with the code
# $name: the office's name.
shares-for-office = For { $name }
shares-live = Sends corrections and new entries
shares-revoke = Revoke
shares-revoke-title = Revoke this share?
shares-revoke-warning = Revoking stops any further opening. It cannot take back what was already opened, seen or saved.
shares-revoke-yes = Yes, revoke
shares-revoked = The share is revoked.
shares-offline = You are offline. The list is from the last update.

## Sync.

sync-title = Sync
sync-intro = Keep your wallet the same on your phone and other devices. The relay stores it encrypted.
sync-relay = Relay address
sync-now = Sync now
sync-never = Not synced yet.
# $date: a date and time.
sync-last = Last sync: { $date }
sync-ok = Synced.
# $count: how many changes came in or went out.
sync-report = { $count ->
    [0] Nothing new.
    [one] 1 change.
   *[other] { $count } changes.
}
sync-offline = You are offline. Mappe will sync when you are back online.
sync-queued = Waiting for the internet.

## Backup.

backup-title = Backup
backup-intro = Save a backup file somewhere safe (a USB stick, your email). It is encrypted: without your passphrase nobody can read it.
backup-export = Save backup file
backup-restore = Restore from a backup file
backup-restore-warning = Restoring replaces the wallet on this phone. Open the backup with its passphrase afterwards.
backup-restored = The backup was restored. Open it with its passphrase.
backup-bad = This is not a Mappe backup file, or it is damaged.
backup-storage-note = Your browser may delete stored data when space runs low. Keep a backup or sync.

## Errors, by the code the core gives (docs/wasm-api.md).

error-wrong_passphrase = The passphrase is not right. Please try again.
error-integrity = The stored data is damaged or was changed. Nothing was changed or overwritten. Restore a backup or sync.
error-format = This is not a Mappe file, or it is from a newer version.
error-recovery_code = The recovery code is mistyped. Check every group.
error-bad_input = This value is not accepted. Please check it.
error-not_found = This entry no longer exists.
error-too_large = This is too large.
error-unreachable = The relay cannot be reached. Check the internet connection.
error-relay = The relay refused this. Please try again later.
error-withheld = The relay is missing changes this phone already has. Nothing was merged. Try another relay or ask for help.
error-revoked = This share was revoked.
error-expired = This share has expired.
error-used_up = This share was opened as often as allowed.
error-internal = Something went wrong inside Mappe. Please tell the people who look after Mappe.
error-storage = The browser could not store the data. Free some space and try again.
error-camera = The camera could not be started.
error-detail = Detail: { $detail }

## Office confirmations: an office confirms a paper (docs/spec/attestation-v1.md).

key-open = My key for offices
key-title = My key for offices
key-intro = An office can confirm one of your papers. For this it needs your key. Show the office this QR code or give it the key as text.
key-key = Your key
key-fingerprint = Fingerprint
key-fingerprint-hint = Compare the fingerprint aloud with the office.
key-copy = Copy the key
key-copied = The key was copied.
key-copy-failed = The key could not be copied. Select the text instead.
key-not-secret = The key is not secret. It only lets an office make a confirmation for you.

attest-add = Add an office's confirmation
attest-renew = Add a newer confirmation
attest-title = An office's confirmation
attest-intro = The office gives you a text, a file or a QR code. Mappe checks it and keeps it with this paper.
attest-paste = Paste the text from the office
attest-import = Add the confirmation
attest-or = Or:
attest-file = Choose the file
attest-scan = Scan the QR code
attest-scan-title = Hold the office's QR code in front of the camera
attest-no-camera = The camera cannot be used. Choose the file instead.
attest-no-code = No QR code found in this picture.
attest-empty = Paste the text, choose the file or scan the code first.
attest-added = The confirmation was checked and added.
attest-some-office = an office
# $name: the office's name as it gives it (not translated); $date: the last day it is valid.
attest-badge = Confirmed by { $name } until { $date }
# $name: the office's name; $date: the last day it was valid.
attest-badge-expired = Confirmation expired: { $name }, valid until { $date }
attest-facts = Confirmed by the office:
attest-error-other_holder = This confirmation was made for another person's key. Nothing was changed. Give the office your own key (My key for offices).
attest-error-wrong_paper = This confirmation is for another kind of paper. Add it to the matching paper.
attest-error-unreadable = This is not an office confirmation Mappe can read. Nothing was changed.
attest-error-integrity = This confirmation was changed or damaged. Nothing was changed. Ask the office for it again.
attest-error-expired = This confirmation has expired. Nothing was changed. Ask the office for a new one.
attest-error-not_yet_valid = This confirmation is not valid yet. Check the date on your phone.

# $name: the office's name.
share-attest-title = Confirmed by { $name }. Which facts do you want to show?
share-attest-hint = Only the facts you tick are sent. The receiver can check the office's signature.
share-attest-nothing = Also choose at least one thing above, for example your name.

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
claim-yes = yes
claim-no = no

## My CV (Lebenslauf): the core's HTML, previewed, then printed or saved as PDF.

cv-open = My CV (Lebenslauf)
cv-title = My CV (Lebenslauf)
cv-intro = Made from “About me”, your CV entries and your certificates. Residence papers are never on it.
cv-lang = Language of the CV
cv-lang-hint = Employers in Germany expect a CV in German.
cv-photo = Photo (optional)
cv-photo-pick = Choose a photo
cv-photo-none = Without photo
cv-photo-hint = A JPEG or PNG picture, at most 5 MB. It stays on your phone.
cv-photo-bad = This picture cannot be used. Please choose a JPEG or PNG photo of at most 5 MB.
cv-place = Town (optional)
cv-place-hint = For the last line, for example “Berlin, den 02.12.2026”.
cv-preview = Preview of your CV
cv-print = Print or save as PDF
cv-print-hint = In the print window, choose “Save as PDF” to keep it as a file.
`;var Dt=`### Mappe app: Arabic (العربية).
### UNREVIEWED: machine-made translation, not yet checked by a native speaker (docs/app.md).
### Same message ids and variables as en.ftl (checked by app/test/unit/).

app-name = Mappe
app-tagline = أوراقك على هاتفك، مشفّرة.
language-self = العربية
language = اللغة
loading = جارٍ التحميل …
back = رجوع
cancel = إلغاء
save = حفظ
edit = تعديل
remove = حذف
yes-remove = نعم، احذف
close = إغلاق
next = التالي
print = طباعة
lock = قفل
working = لحظة من فضلك …

## Start.

start-create-title = إنشاء محفظة جديدة
start-create-intro = اختر كلمة مرور. ستحتاجها في كل مرة تفتح فيها Mappe. لا أحد يستطيع إعادة تعيينها لك.
passphrase = كلمة المرور
passphrase-again = كلمة المرور مرة أخرى
passphrase-mismatch = كلمتا المرور غير متطابقتين.
passphrase-short = يرجى استخدام 8 أحرف على الأقل.
create = إنشاء المحفظة
start-unlock-title = افتح محفظتك
unlock = فتح
start-forgot = نسيت كلمة المرور أو هاتف جديد؟
start-recover = الاستعادة برمز الاستعادة
start-new-instead = إنشاء محفظة جديدة بدلاً من ذلك

recovery-title = رمز الاستعادة الخاص بك
recovery-intro = اكتب هذا الرمز على ورقة أو اطبعه. احفظه في مكان آمن بعيداً عن هاتفك.
recovery-once = يظهر الآن فقط. من يملكه يستطيع فتح محفظتك.
recovery-written = لقد كتبته
recovery-confirm-title = تحقّق من رمز الاستعادة
# $n: رقم المجموعة.
recovery-confirm-group = المجموعة { $n }
recovery-confirm-wrong = هذا غير مطابق. انظر إلى ورقتك مرة أخرى.
recovery-confirm-ok = تأكيد
recovery-show-again = اعرض الرمز مرة أخرى

recover-title = استعادة محفظتك
recover-intro = اكتب رمز الاستعادة واختر كلمة مرور جديدة.
recover-code = رمز الاستعادة
recover-relay = عنوان الخادم الوسيط (إذا كانت محفظتك متزامنة)
recover-relay-hint = اتركه كما هو إذا كنت لا تعرف. عندها تبدأ المحفظة فارغة.
recover-go = استعادة
recover-synced = أُعيدت محفظتك من الخادم الوسيط.
recover-empty = عادت مفاتيحك. المحفظة فارغة حتى تقوم بمزامنتها.

locked-idle = قُفلت بعد 5 دقائق دون استخدام.

## Home.

home-title = أوراقي
section-profile = معلوماتي
section-cv = السيرة الذاتية
section-certificates = الشهادات
section-residence = أوراق الإقامة
nav-home = الأوراق
nav-share = مشاركة
nav-shares = مشاركاتي
nav-sync = مزامنة
nav-backup = نسخة احتياطية
empty-section = لا يوجد شيء هنا بعد.
add = إضافة
add-cv = إضافة إلى السيرة الذاتية
add-certificate = إضافة شهادة
add-residence = إضافة ورقة إقامة
remove-confirm = حذف هذا الإدخال؟ ستُحذف صورته الممسوحة أيضاً.
saved = تم الحفظ.
fingerprint = مفتاحك: { $fingerprint }

## يحتاج إلى انتباهك (شاشة البداية).

# unreviewed
attention-title = يحتاج إلى انتباهك
# unreviewed
urgency-expired = منتهي الصلاحية
# unreviewed
urgency-within_30_days = خلال 30 يومًا
# unreviewed
urgency-within_90_days = خلال 90 يومًا
# unreviewed
urgency-info = للعلم
# unreviewed
notice-confirmation = تأكيد من { $name }
# unreviewed
notice-share = مشاركة مع { $name }
# unreviewed
notice-live-share = مشاركة حيّة: { $name }
# unreviewed
notice-left = صالح حتى { $date }. { $days ->
    [one] بقي يوم واحد.
   *[other] بقي { $days } يومًا.
}
# unreviewed
notice-ended = انتهت صلاحيته في { $date }.
# unreviewed
notice-superseded = انتهت صلاحيته في { $date }. توجد ورقة أحدث صالحة: لا حاجة لفعل شيء.
# unreviewed
notice-share-ends = تنتهي في { $date }.
# unreviewed
notice-live-stopped = لم تعد تتابع تغييراتك.
# unreviewed
notice-unopened = لم يفتحها أحد منذ أن شاركتها بتاريخ { $date }.
# unreviewed
advice-residence-extend = قدّم طلب التمديد لدى دائرة الأجانب (Ausländerbehörde) في وقت مبكر قبل انتهاء الصلاحية. إذا لم يُبتّ في طلبك حتى ذلك الحين، تحصل على شهادة Fiktionsbescheinigung: احملها معك واحفظها مع أوراقك.
# unreviewed
advice-residence-expired = اذهب الآن إلى دائرة الأجانب (Ausländerbehörde). إذا قدّمت طلبًا قبل انتهاء الصلاحية، اطلب شهادة Fiktionsbescheinigung. يمكن لمركز استشارات الهجرة مساعدتك.
# unreviewed
advice-attestation-renew = اطلب من الجهة تأكيدًا جديدًا إذا كنت لا تزال بحاجة إليه.
# unreviewed
advice-share-again = أوقف هذه المشاركة وشارك من جديد إذا كانت الجهة لا تزال بحاجة إليها.
# unreviewed
advice-share-unopened = اسأل الجهة هل وصلها الرابط أو رمز QR. شارك من جديد إذا ضاع.
# unreviewed
paper-expired = انتهت صلاحيتها في { $date }

## Profile.

profile-given_names = الأسماء الأولى
profile-family_name = اسم العائلة
profile-aliases = أسماء أخرى (اسم في كل سطر)
profile-birth_date = تاريخ الميلاد
profile-birth_place = مكان الميلاد
profile-nationality = الجنسية
profile-languages = اللغات (لغة في كل سطر، مثل "Arabic:native" أو "Deutsch:B1")
profile-contact_phone = الهاتف
profile-contact_email = البريد الإلكتروني
profile-contact_address = العنوان
profile-edit = تعديل المعلومات
not-set = غير محدد

## Items.

field-kind = النوع
field-title = العنوان
field-organisation = المدرسة أو صاحب العمل أو مقدّم الدورة
field-place = المكان
field-from = من
field-to = إلى
field-description = الوصف
field-issuer = الجهة المُصدِرة
field-issued_on = تاريخ الإصدار
field-cefr_level = المستوى
field-exam = الامتحان
field-number = رقم الوثيقة
field-valid_until = صالح حتى
field-authority = الجهة الرسمية
# unreviewed
field-legal_basis = الأساس القانوني
# unreviewed
legal_basis-hint = مثلًا § 16a AufenthG (مكتوب على البطاقة أو الورقة).
# unreviewed
field-work = العمل
# unreviewed
field-conditions = الشروط (Auflagen)
field-scan = صورة ممسوحة
scan-camera = التقط صورة
scan-file = اختر ملفاً
scan-show = اعرض الصورة
scan-hint = صورة (JPEG، PNG) أو PDF.
scan-bad-type = يرجى اختيار ملف JPEG أو PNG أو PDF.
date-hint = السنة، أو السنة والشهر، أو التاريخ كاملاً.

kind-education = مدرسة أو دراسة
kind-work = عمل
kind-training = تدريب أو دورة
kind-other = أخرى
kind-language = شهادة لغة
kind-qualification = مؤهل
kind-recognition = معادلة مؤهل أجنبي
kind-aufenthaltserlaubnis = تصريح إقامة (Aufenthaltserlaubnis)
kind-niederlassungserlaubnis = إقامة دائمة (Niederlassungserlaubnis)
kind-aufenthaltsgestattung = إذن بالبقاء أثناء اللجوء (Aufenthaltsgestattung)
kind-duldung = تعليق الترحيل (Duldung)
kind-fiktionsbescheinigung = شهادة مؤقتة (Fiktionsbescheinigung)
kind-visa = تأشيرة
kind-eu_citizen = مواطن من الاتحاد الأوروبي
level-none = بدون مستوى
# unreviewed
work-none = غير مذكور
# unreviewed
work-permitted = العمل مسموح
# unreviewed
work-permitted_with_approval = العمل فقط بإذن من دائرة الأجانب
# unreviewed
work-not_permitted = العمل غير مسموح

## Share.

share-title = المشاركة مع دائرة رسمية
share-what = ماذا تريد أن تُظهر؟
share-nothing = اختر شيئاً واحداً على الأقل للمشاركة.
share-expiry = لأي مدة؟
# $days: 7 أو 30 أو 90.
share-days = { $days ->
    [one] يوم واحد
   *[other] { $days } يوماً
}
share-opens = كم مرة يمكن فتحها؟
share-opens-unlimited = بقدر ما يلزم
# $count: 1 أو 3 أو 10.
share-opens-count = { $count ->
    [one] مرة واحدة
   *[other] { $count } مرات
}
share-live = هل تُرسَل التصحيحات والإضافات اللاحقة أيضاً؟
share-live-yes = نعم، أرسل التغييرات
share-live-no = لا، فقط كما هي الآن
share-who = من يستطيع فتحها؟
share-who-anyone = أي شخص أُريه الرمز
share-who-office = دائرة واحدة فقط (امسح بطاقتها)
share-scan-card = امسح بطاقة الدائرة
share-card-file = اختر ملف البطاقة
# $name: اسم الدائرة؛ $fingerprint: مفتاحها.
share-office = الدائرة: { $name } ({ $fingerprint })
share-purpose = لأي غرض؟ (اختياري)
share-preview = مراجعة
share-consent-title = يرجى القراءة قبل المشاركة
share-confirm = نعم، شارك
share-qr-title = أظهر هذا الرمز للدائرة
share-qr-done = تم
share-relay-needed = المشاركة تحتاج إلى الإنترنت. حاول مرة أخرى عندما تكون متصلاً.

## Scanning.

scan-title = ضع بطاقة الدائرة أمام الكاميرا
scan-no-camera = لا يمكن استخدام الكاميرا. اختر ملف البطاقة بدلاً من ذلك.
scan-no-code = لم يُعثر على رمز بطاقة دائرة.

## My shares.

shares-title = مشاركاتي
shares-none = لم تشارك شيئاً بعد.
shares-refresh = تحديث
status-active = نشطة
status-pending = جارٍ الرفع
status-revoked = مسحوبة
status-expired = منتهية
status-used_up = استُنفدت
status-unknown = الحالة غير معروفة
# $date: تاريخ ووقت.
shares-until = صالحة حتى { $date }
# $count: عدد مرات الفتح.
shares-opened = { $count ->
    [0] لم تُفتح بعد
    [one] فُتحت مرة واحدة
   *[other] فُتحت { $count } مرات
}
# $date: تاريخ ووقت؛ $by: من فتحها.
shares-log-line = { $date }: { $by }
shares-by-bearer = شخص لديه الرمز
shares-for-anyone = لأي شخص لديه الرمز
# $name: اسم الدائرة.
shares-for-office = لـ { $name }
shares-live = تُرسل التصحيحات والإضافات
shares-revoke = سحب
shares-revoke-title = سحب هذه المشاركة؟
shares-revoke-warning = السحب يمنع أي فتح لاحق. لكنه لا يستطيع استرجاع ما فُتح أو شوهد أو حُفظ من قبل.
shares-revoke-yes = نعم، اسحبها
shares-revoked = تم سحب المشاركة.
shares-offline = أنت غير متصل. القائمة من آخر تحديث.

## Sync.

sync-title = المزامنة
sync-intro = اجعل محفظتك متطابقة على هاتفك وأجهزتك الأخرى. الخادم الوسيط يحفظها مشفّرة.
sync-relay = عنوان الخادم الوسيط
sync-now = زامن الآن
sync-never = لم تتم المزامنة بعد.
# $date: تاريخ ووقت.
sync-last = آخر مزامنة: { $date }
sync-ok = تمت المزامنة.
# $count: عدد التغييرات.
sync-report = { $count ->
    [0] لا جديد.
    [one] تغيير واحد.
   *[other] { $count } تغييرات.
}
sync-offline = أنت غير متصل. ستتم المزامنة عندما تعود متصلاً.
sync-queued = بانتظار الإنترنت.

## Backup.

backup-title = نسخة احتياطية
backup-intro = احفظ ملف النسخة الاحتياطية في مكان آمن (ذاكرة USB، بريدك الإلكتروني). إنه مشفّر: بدون كلمة مرورك لا يستطيع أحد قراءته.
backup-export = احفظ ملف النسخة الاحتياطية
backup-restore = الاستعادة من ملف نسخة احتياطية
backup-restore-warning = الاستعادة تستبدل المحفظة على هذا الهاتف. افتحها بعد ذلك بكلمة مرور النسخة الاحتياطية.
backup-restored = تمت استعادة النسخة الاحتياطية. افتحها بكلمة مرورها.
backup-bad = هذا ليس ملف نسخة احتياطية من Mappe، أو أنه تالف.
backup-storage-note = قد يحذف متصفحك البيانات المحفوظة عندما تقل المساحة. احتفظ بنسخة احتياطية أو قم بالمزامنة.

## Errors.

error-wrong_passphrase = كلمة المرور غير صحيحة. يرجى المحاولة مرة أخرى.
error-integrity = البيانات المحفوظة تالفة أو تم تغييرها. لم يُغيَّر أو يُستبدل أي شيء. استعد نسخة احتياطية أو قم بالمزامنة.
error-format = هذا ليس ملف Mappe، أو أنه من إصدار أحدث.
error-recovery_code = رمز الاستعادة مكتوب بشكل خاطئ. تحقّق من كل مجموعة.
error-bad_input = هذه القيمة غير مقبولة. يرجى التحقق منها.
error-not_found = هذا الإدخال لم يعد موجوداً.
error-too_large = هذا كبير جداً.
error-unreachable = لا يمكن الوصول إلى الخادم الوسيط. تحقّق من اتصال الإنترنت.
error-relay = رفض الخادم الوسيط ذلك. يرجى المحاولة لاحقاً.
error-withheld = تنقص الخادمَ الوسيط تغييراتٌ موجودة على هذا الهاتف. لم يُدمج شيء. جرّب خادماً آخر أو اطلب المساعدة.
error-revoked = تم سحب هذه المشاركة.
error-expired = انتهت صلاحية هذه المشاركة.
error-used_up = فُتحت هذه المشاركة بقدر المسموح.
error-internal = حدث خطأ داخل Mappe. يرجى إخبار القائمين على Mappe.
error-storage = لم يستطع المتصفح حفظ البيانات. أفرغ بعض المساحة وحاول مرة أخرى.
error-camera = تعذّر تشغيل الكاميرا.
error-detail = تفاصيل: { $detail }

## تأكيدات الدوائر: دائرة رسمية تؤكد وثيقة (docs/spec/attestation-v1.md).

key-open = مفتاحي للدوائر الرسمية
key-title = مفتاحي للدوائر الرسمية
key-intro = يمكن لدائرة رسمية أن تؤكد إحدى وثائقك. لذلك تحتاج إلى مفتاحك. اعرض على الدائرة رمز QR هذا أو أعطها المفتاح كنص.
key-key = مفتاحك
key-fingerprint = البصمة
key-fingerprint-hint = قارن البصمة بصوت عالٍ مع الدائرة.
key-copy = نسخ المفتاح
key-copied = تم نسخ المفتاح.
key-copy-failed = تعذّر نسخ المفتاح. حدّد النص بدلاً من ذلك.
key-not-secret = المفتاح ليس سرياً. هو يسمح للدائرة فقط بإصدار تأكيد لك.

attest-add = إضافة تأكيد من دائرة رسمية
attest-renew = إضافة تأكيد أحدث
attest-title = تأكيد من دائرة رسمية
attest-intro = تعطيك الدائرة نصاً أو ملفاً أو رمز QR. يتحقق Mappe منه ويحفظه مع هذه الوثيقة.
attest-paste = الصق النص الذي أعطتك إياه الدائرة
attest-import = إضافة التأكيد
attest-or = أو:
attest-file = اختر الملف
attest-scan = امسح رمز QR
attest-scan-title = ضع رمز QR الخاص بالدائرة أمام الكاميرا
attest-no-camera = لا يمكن استخدام الكاميرا. اختر الملف بدلاً من ذلك.
attest-no-code = لم يُعثر على رمز QR في هذه الصورة.
attest-empty = الصق النص أو اختر الملف أو امسح الرمز أولاً.
attest-added = تم التحقق من التأكيد وإضافته.
attest-some-office = دائرة رسمية
# $name: اسم الدائرة كما تذكره (لا يُترجم)؛ $date: آخر يوم صالح.
attest-badge = مؤكَّد من { $name } حتى { $date }
# $name: اسم الدائرة؛ $date: آخر يوم كان صالحاً.
attest-badge-expired = انتهت صلاحية التأكيد: { $name }، صالح حتى { $date }
attest-facts = ما أكدته الدائرة:
attest-error-other_holder = هذا التأكيد صادر لمفتاح شخص آخر. لم يتغير شيء. أعطِ الدائرة مفتاحك أنت (مفتاحي للدوائر الرسمية).
attest-error-wrong_paper = هذا التأكيد لنوع آخر من الوثائق. أضفه إلى الوثيقة المناسبة.
attest-error-unreadable = هذا ليس تأكيداً من دائرة يستطيع Mappe قراءته. لم يتغير شيء.
attest-error-integrity = تم تغيير هذا التأكيد أو هو تالف. لم يتغير شيء. اطلبه من الدائرة مرة أخرى.
attest-error-expired = انتهت صلاحية هذا التأكيد. لم يتغير شيء. اطلب من الدائرة تأكيداً جديداً.
attest-error-not_yet_valid = هذا التأكيد غير صالح بعد. تحقق من التاريخ في هاتفك.

# $name: اسم الدائرة.
share-attest-title = مؤكَّد من { $name }. أي المعلومات تريد أن تعرض؟
share-attest-hint = تُرسل فقط المعلومات التي تختارها. يستطيع المستلم التحقق من توقيع الدائرة.
share-attest-nothing = اختر أيضاً شيئاً واحداً على الأقل في الأعلى، مثل اسمك.

claim-kind = النوع
claim-number = الرقم
claim-valid_from = صالح من
claim-valid_until = صالح حتى
claim-legal_basis = الأساس القانوني
claim-work_permitted = العمل مسموح
claim-level = المستوى
claim-issuer = صادرة عن
claim-date = التاريخ
claim-degree = المؤهل
claim-decision = القرار
claim-yes = نعم
claim-no = لا

## سيرتي الذاتية: معاينة، ثم طباعة أو حفظ كملف PDF.

# unreviewed
cv-open = سيرتي الذاتية (Lebenslauf)
# unreviewed
cv-title = سيرتي الذاتية (Lebenslauf)
# unreviewed
cv-intro = مأخوذة من «معلوماتي» ومن إدخالات سيرتك الذاتية وشهاداتك. أوراق الإقامة لا تظهر فيها أبداً.
# unreviewed
cv-lang = لغة السيرة الذاتية
# unreviewed
cv-lang-hint = أصحاب العمل في ألمانيا يتوقعون سيرة ذاتية باللغة الألمانية.
# unreviewed
cv-photo = صورة (اختياري)
# unreviewed
cv-photo-pick = اختر صورة
# unreviewed
cv-photo-none = بدون صورة
# unreviewed
cv-photo-hint = صورة JPEG أو PNG، بحد أقصى 5 ميغابايت. تبقى على هاتفك.
# unreviewed
cv-photo-bad = لا يمكن استخدام هذه الصورة. يرجى اختيار صورة JPEG أو PNG بحجم 5 ميغابايت كحد أقصى.
# unreviewed
cv-place = المدينة (اختياري)
# unreviewed
cv-place-hint = للسطر الأخير، مثلاً «Berlin, den 02.12.2026».
# unreviewed
cv-preview = معاينة سيرتك الذاتية
# unreviewed
cv-print = طباعة أو حفظ كملف PDF
# unreviewed
cv-print-hint = في نافذة الطباعة اختر «حفظ كملف PDF» للحصول على ملف.
`;var Pt=`### Mappe app: Ukrainian (українська).
### UNREVIEWED: machine-made translation, not yet checked by a native speaker (docs/app.md).
### Same message ids and variables as en.ftl (checked by app/test/unit/).

app-name = Mappe
app-tagline = Ваші документи на вашому телефоні, зашифровані.
language-self = Українська
language = Мова
loading = Завантаження …
back = Назад
cancel = Скасувати
save = Зберегти
edit = Змінити
remove = Видалити
yes-remove = Так, видалити
close = Закрити
next = Далі
print = Друкувати
lock = Заблокувати
working = Хвилинку …

## Start.

start-create-title = Створити новий гаманець
start-create-intro = Виберіть пароль. Він потрібен щоразу, коли ви відкриваєте Mappe. Ніхто не може скинути його за вас.
passphrase = Пароль
passphrase-again = Пароль ще раз
passphrase-mismatch = Паролі не збігаються.
passphrase-short = Будь ласка, щонайменше 8 символів.
create = Створити гаманець
start-unlock-title = Відкрити гаманець
unlock = Відкрити
start-forgot = Забули пароль або новий телефон?
start-recover = Відновити за кодом відновлення
start-new-instead = Натомість створити новий гаманець

recovery-title = Ваш код відновлення
recovery-intro = Запишіть цей код на папері або роздрукуйте. Зберігайте його в безпеці, окремо від телефону.
recovery-once = Він показується лише зараз. Хто його має, може відкрити ваш гаманець.
recovery-written = Я його записав(-ла)
recovery-confirm-title = Перевірте код відновлення
# $n: номер групи.
recovery-confirm-group = Група { $n }
recovery-confirm-wrong = Не збігається. Подивіться ще раз на свій папір.
recovery-confirm-ok = Підтвердити
recovery-show-again = Показати код ще раз

recover-title = Відновити гаманець
recover-intro = Введіть код відновлення і виберіть новий пароль.
recover-code = Код відновлення
recover-relay = Адреса ретранслятора (якщо гаманець синхронізувався)
recover-relay-hint = Залиште як є, якщо не знаєте. Тоді гаманець почнеться порожнім.
recover-go = Відновити
recover-synced = Ваш гаманець повернуто з ретранслятора.
recover-empty = Ваші ключі повернуто. Гаманець порожній, доки ви його не синхронізуєте.

locked-idle = Заблоковано після 5 хвилин без використання.

## Home.

home-title = Мої документи
section-profile = Про мене
section-cv = Резюме
section-certificates = Сертифікати
section-residence = Документи на проживання
nav-home = Документи
nav-share = Поділитися
nav-shares = Поширене
nav-sync = Синхр.
nav-backup = Копія
empty-section = Тут ще нічого немає.
add = Додати
add-cv = Додати запис до резюме
add-certificate = Додати сертифікат
add-residence = Додати документ на проживання
remove-confirm = Видалити цей запис? Його скан теж буде видалено.
saved = Збережено.
fingerprint = Ваш ключ: { $fingerprint }

## Потребує вашої уваги (початковий екран).

# unreviewed
attention-title = Потребує вашої уваги
# unreviewed
urgency-expired = Закінчився
# unreviewed
urgency-within_30_days = Протягом 30 днів
# unreviewed
urgency-within_90_days = Протягом 90 днів
# unreviewed
urgency-info = Варто знати
# unreviewed
notice-confirmation = Підтвердження від { $name }
# unreviewed
notice-share = Поширено для { $name }
# unreviewed
notice-live-share = Живе поширення: { $name }
# unreviewed
notice-left = Дійсний до { $date }. { $days ->
    [one] Залишився { $days } день.
    [few] Залишилося { $days } дні.
   *[other] Залишилося { $days } днів.
}
# unreviewed
notice-ended = Закінчився { $date }.
# unreviewed
notice-superseded = Закінчився { $date }. Дійсний новіший документ: нічого робити не треба.
# unreviewed
notice-share-ends = Закінчується { $date }.
# unreviewed
notice-live-stopped = Воно більше не стежить за вашими змінами.
# unreviewed
notice-unopened = Ніхто не відкрив його відтоді, як ви поділилися { $date }.
# unreviewed
advice-residence-extend = Вчасно, до закінчення строку, подайте заяву на продовження до відомства у справах іноземців (Ausländerbehörde). Якщо до того часу рішення не буде, ви отримаєте Fiktionsbescheinigung: носіть її з собою та зберігайте разом зі своїми документами.
# unreviewed
advice-residence-expired = Ідіть до відомства у справах іноземців (Ausländerbehörde) зараз. Якщо ви подали заяву до закінчення строку, попросіть свою Fiktionsbescheinigung. Центр консультацій для мігрантів може допомогти.
# unreviewed
advice-attestation-renew = Попросіть відомство про нове підтвердження, якщо воно вам ще потрібне.
# unreviewed
advice-share-again = Припиніть це поширення і поширте знову, якщо відомству це ще потрібно.
# unreviewed
advice-share-unopened = Запитайте в установі, чи отримали вони посилання або QR-код. Поділіться знову, якщо воно загубилося.
# unreviewed
paper-expired = Закінчився { $date }

## Profile.

profile-given_names = Імена
profile-family_name = Прізвище
profile-aliases = Інші імена (одне в рядку)
profile-birth_date = Дата народження
profile-birth_place = Місце народження
profile-nationality = Громадянство
profile-languages = Мови (одна в рядку, наприклад "Ukrainian:native" або "Deutsch:B1")
profile-contact_phone = Телефон
profile-contact_email = Ел. пошта
profile-contact_address = Адреса
profile-edit = Змінити дані
not-set = не вказано

## Items.

field-kind = Вид
field-title = Назва
field-organisation = Школа, роботодавець або організатор курсу
field-place = Місце
field-from = Від
field-to = До
field-description = Опис
field-issuer = Ким видано
field-issued_on = Дата видачі
field-cefr_level = Рівень
field-exam = Іспит
field-number = Номер документа
field-valid_until = Дійсний до
field-authority = Орган
# unreviewed
field-legal_basis = Правова підстава
# unreviewed
legal_basis-hint = Наприклад § 16a AufenthG (вказано на картці або документі).
# unreviewed
field-work = Робота
# unreviewed
field-conditions = Умови (Auflagen)
field-scan = Скан
scan-camera = Зробити фото
scan-file = Вибрати файл
scan-show = Показати скан
scan-hint = Фото (JPEG, PNG) або PDF.
scan-bad-type = Будь ласка, виберіть файл JPEG, PNG або PDF.
date-hint = Рік, або рік і місяць, або повна дата.

kind-education = Школа або навчання
kind-work = Робота
kind-training = Професійне навчання або курс
kind-other = Інше
kind-language = Мовний сертифікат
kind-qualification = Кваліфікація
kind-recognition = Визнання іноземної кваліфікації
kind-aufenthaltserlaubnis = Дозвіл на проживання (Aufenthaltserlaubnis)
kind-niederlassungserlaubnis = Дозвіл на постійне проживання (Niederlassungserlaubnis)
kind-aufenthaltsgestattung = Дозвіл на перебування під час розгляду притулку (Aufenthaltsgestattung)
kind-duldung = Толерування (Duldung)
kind-fiktionsbescheinigung = Тимчасова довідка (Fiktionsbescheinigung)
kind-visa = Віза
kind-eu_citizen = Громадянин ЄС
level-none = без рівня
# unreviewed
work-none = не вказано
# unreviewed
work-permitted = Роботу дозволено
# unreviewed
work-permitted_with_approval = Робота лише з дозволу відомства у справах іноземців
# unreviewed
work-not_permitted = Роботу не дозволено

## Share.

share-title = Поділитися з установою
share-what = Що ви хочете показати?
share-nothing = Виберіть хоча б одну річ.
share-expiry = Як довго?
# $days: 7, 30 або 90.
share-days = { $days ->
    [one] { $days } день
    [few] { $days } дні
   *[other] { $days } днів
}
share-opens = Скільки разів можна відкрити?
share-opens-unlimited = Скільки потрібно
# $count: 1, 3 або 10.
share-opens-count = { $count ->
    [one] Один раз
    [few] { $count } рази
   *[other] { $count } разів
}
share-live = Надсилати також пізніші виправлення й нові записи?
share-live-yes = Так, надсилати зміни
share-live-no = Ні, лише як зараз
share-who = Хто може відкрити?
share-who-anyone = Будь-хто, кому я покажу код
share-who-office = Лише одна установа (скануйте її картку)
share-scan-card = Сканувати картку установи
share-card-file = Вибрати файл картки
# $name: назва установи; $fingerprint: її ключ.
share-office = Установа: { $name } ({ $fingerprint })
share-purpose = Для чого це? (необов'язково)
share-preview = Перевірити
share-consent-title = Будь ласка, прочитайте перед тим, як поділитися
share-confirm = Так, поділитися
share-qr-title = Покажіть цей код установі
share-qr-done = Готово
share-relay-needed = Щоб поділитися, потрібен інтернет. Спробуйте знову, коли будете онлайн.

## Scanning.

scan-title = Тримайте картку установи перед камерою
scan-no-camera = Камеру не можна використати. Натомість виберіть файл картки.
scan-no-code = Код картки установи не знайдено.

## My shares.

shares-title = Чим я поділився
shares-none = Ви ще нічим не поділилися.
shares-refresh = Оновити
status-active = Активний
status-pending = Завантажується
status-revoked = Відкликано
status-expired = Закінчився
status-used_up = Вичерпано
status-unknown = Стан невідомий
# $date: дата і час.
shares-until = Дійсний до { $date }
# $count: скільки разів відкрито.
shares-opened = { $count ->
    [0] Ще не відкривали
    [one] Відкрито один раз
    [few] Відкрито { $count } рази
   *[other] Відкрито { $count } разів
}
# $date: дата і час; $by: хто відкрив.
shares-log-line = { $date }: { $by }
shares-by-bearer = хтось із кодом
shares-for-anyone = Для всіх, хто має код
# $name: назва установи.
shares-for-office = Для { $name }
shares-live = Надсилає виправлення й нові записи
shares-revoke = Відкликати
shares-revoke-title = Відкликати цей доступ?
shares-revoke-warning = Відкликання зупиняє будь-яке подальше відкриття. Але воно не може повернути те, що вже відкрили, побачили або зберегли.
shares-revoke-yes = Так, відкликати
shares-revoked = Доступ відкликано.
shares-offline = Ви офлайн. Список з останнього оновлення.

## Sync.

sync-title = Синхронізація
sync-intro = Тримайте гаманець однаковим на телефоні та інших пристроях. Ретранслятор зберігає його зашифрованим.
sync-relay = Адреса ретранслятора
sync-now = Синхронізувати зараз
sync-never = Ще не синхронізовано.
# $date: дата і час.
sync-last = Остання синхронізація: { $date }
sync-ok = Синхронізовано.
# $count: кількість змін.
sync-report = { $count ->
    [0] Нічого нового.
    [one] 1 зміна.
    [few] { $count } зміни.
   *[other] { $count } змін.
}
sync-offline = Ви офлайн. Mappe синхронізує, коли ви знову будете онлайн.
sync-queued = Очікує на інтернет.

## Backup.

backup-title = Резервна копія
backup-intro = Збережіть файл резервної копії в безпечному місці (USB-накопичувач, ваша пошта). Він зашифрований: без вашого пароля ніхто не зможе його прочитати.
backup-export = Зберегти файл резервної копії
backup-restore = Відновити з файлу резервної копії
backup-restore-warning = Відновлення замінює гаманець на цьому телефоні. Потім відкрийте його паролем резервної копії.
backup-restored = Резервну копію відновлено. Відкрийте її паролем.
backup-bad = Це не резервна копія Mappe, або вона пошкоджена.
backup-storage-note = Ваш браузер може видалити збережені дані, коли бракує місця. Майте резервну копію або синхронізуйте.

## Errors.

error-wrong_passphrase = Пароль неправильний. Спробуйте ще раз.
error-integrity = Збережені дані пошкоджені або змінені. Нічого не змінено і не перезаписано. Відновіть резервну копію або синхронізуйте.
error-format = Це не файл Mappe, або він з новішої версії.
error-recovery_code = Код відновлення введено з помилкою. Перевірте кожну групу.
error-bad_input = Це значення не приймається. Будь ласка, перевірте його.
error-not_found = Цього запису вже немає.
error-too_large = Це завелике.
error-unreachable = Ретранслятор недоступний. Перевірте з'єднання з інтернетом.
error-relay = Ретранслятор відмовив. Спробуйте пізніше.
error-withheld = Ретранслятору бракує змін, які вже є на цьому телефоні. Нічого не об'єднано. Спробуйте інший ретранслятор або попросіть допомоги.
error-revoked = Цей доступ відкликано.
error-expired = Термін дії цього доступу минув.
error-used_up = Цей доступ відкривали стільки разів, скільки дозволено.
error-internal = У Mappe щось пішло не так. Будь ласка, повідомте тим, хто підтримує Mappe.
error-storage = Браузер не зміг зберегти дані. Звільніть місце і спробуйте ще раз.
error-camera = Не вдалося запустити камеру.
error-detail = Деталі: { $detail }

## Підтвердження установ: установа підтверджує документ (docs/spec/attestation-v1.md).

key-open = Мій ключ для установ
key-title = Мій ключ для установ
key-intro = Установа може підтвердити один із ваших документів. Для цього їй потрібен ваш ключ. Покажіть установі цей QR-код або дайте їй ключ як текст.
key-key = Ваш ключ
key-fingerprint = Відбиток
key-fingerprint-hint = Порівняйте відбиток уголос з установою.
key-copy = Копіювати ключ
key-copied = Ключ скопійовано.
key-copy-failed = Ключ не вдалося скопіювати. Виділіть текст натомість.
key-not-secret = Ключ не є секретом. Він лише дає установі змогу видати вам підтвердження.

attest-add = Додати підтвердження установи
attest-renew = Додати новіше підтвердження
attest-title = Підтвердження установи
attest-intro = Установа дає вам текст, файл або QR-код. Mappe перевіряє його та зберігає з цим документом.
attest-paste = Вставте текст від установи
attest-import = Додати підтвердження
attest-or = Або:
attest-file = Вибрати файл
attest-scan = Сканувати QR-код
attest-scan-title = Тримайте QR-код установи перед камерою
attest-no-camera = Камеру не можна використати. Натомість виберіть файл.
attest-no-code = На цьому зображенні не знайдено QR-коду.
attest-empty = Спершу вставте текст, виберіть файл або скануйте код.
attest-added = Підтвердження перевірено й додано.
attest-some-office = установа
# $name: назва установи, як вона її подає (не перекладається); $date: останній дійсний день.
attest-badge = Підтверджено: { $name }, до { $date }
# $name: назва установи; $date: останній дійсний день.
attest-badge-expired = Підтвердження закінчилося: { $name }, дійсне до { $date }
attest-facts = Підтверджено установою:
attest-error-other_holder = Це підтвердження видано для ключа іншої особи. Нічого не змінено. Дайте установі свій власний ключ (Мій ключ для установ).
attest-error-wrong_paper = Це підтвердження стосується іншого виду документа. Додайте його до відповідного документа.
attest-error-unreadable = Це не підтвердження установи, яке Mappe може прочитати. Нічого не змінено.
attest-error-integrity = Це підтвердження змінено або пошкоджено. Нічого не змінено. Попросіть установу видати його ще раз.
attest-error-expired = Термін дії цього підтвердження минув. Нічого не змінено. Попросіть в установи нове.
attest-error-not_yet_valid = Це підтвердження ще не дійсне. Перевірте дату на телефоні.

# $name: назва установи.
share-attest-title = Підтверджено: { $name }. Які дані показати?
share-attest-hint = Надсилаються лише позначені дані. Одержувач може перевірити підпис установи.
share-attest-nothing = Виберіть також щонайменше одну річ вище, наприклад ваше ім'я.

claim-kind = Вид
claim-number = Номер
claim-valid_from = Дійсний з
claim-valid_until = Дійсний до
claim-legal_basis = Правова підстава
claim-work_permitted = Роботу дозволено
claim-level = Рівень
claim-issuer = Видано
claim-date = Дата
claim-degree = Кваліфікація
claim-decision = Рішення
claim-yes = так
claim-no = ні

## Моє резюме: попередній перегляд, потім друк або збереження як PDF.

# unreviewed
cv-open = Моє резюме (Lebenslauf)
# unreviewed
cv-title = Моє резюме (Lebenslauf)
# unreviewed
cv-intro = Складається з розділу «Про мене», ваших записів до резюме та сертифікатів. Документи на перебування туди ніколи не потрапляють.
# unreviewed
cv-lang = Мова резюме
# unreviewed
cv-lang-hint = Роботодавці в Німеччині очікують резюме німецькою мовою.
# unreviewed
cv-photo = Фото (необов’язково)
# unreviewed
cv-photo-pick = Вибрати фото
# unreviewed
cv-photo-none = Без фото
# unreviewed
cv-photo-hint = Зображення JPEG або PNG, не більше 5 МБ. Воно залишається на вашому телефоні.
# unreviewed
cv-photo-bad = Це зображення не підходить. Будь ласка, виберіть фото JPEG або PNG розміром до 5 МБ.
# unreviewed
cv-place = Місто (необов’язково)
# unreviewed
cv-place-hint = Для останнього рядка, наприклад «Berlin, den 02.12.2026».
# unreviewed
cv-preview = Попередній перегляд резюме
# unreviewed
cv-print = Друкувати або зберегти як PDF
# unreviewed
cv-print-hint = У вікні друку виберіть «Зберегти як PDF», щоб отримати файл.
`;var Mt=`### Mappe app: Persian (فارسی).
### UNREVIEWED: machine-made translation, not yet checked by a native speaker (docs/app.md).
### Same message ids and variables as en.ftl (checked by app/test/unit/).

app-name = Mappe
app-tagline = مدارک شما، روی گوشی شما، رمزگذاری‌شده.
language-self = فارسی
language = زبان
loading = در حال بارگیری …
back = بازگشت
cancel = لغو
save = ذخیره
edit = ویرایش
remove = حذف
yes-remove = بله، حذف کن
close = بستن
next = بعدی
print = چاپ
lock = قفل
working = لحظه‌ای صبر کنید …

## Start.

start-create-title = ساختن کیف مدارک جدید
start-create-intro = یک رمز عبور انتخاب کنید. هر بار که Mappe را باز می‌کنید به آن نیاز دارید. هیچ‌کس نمی‌تواند آن را برای شما بازنشانی کند.
passphrase = رمز عبور
passphrase-again = تکرار رمز عبور
passphrase-mismatch = دو رمز عبور یکسان نیستند.
passphrase-short = لطفاً دست‌کم ۸ نویسه به کار ببرید.
create = ساختن کیف مدارک
start-unlock-title = کیف مدارک خود را باز کنید
unlock = باز کردن
start-forgot = رمز را فراموش کرده‌اید یا گوشی جدید دارید؟
start-recover = بازیابی با کد بازیابی
start-new-instead = به‌جای آن کیف مدارک جدید بسازید

recovery-title = کد بازیابی شما
recovery-intro = این کد را روی کاغذ بنویسید یا چاپ کنید. آن را در جای امن و دور از گوشی نگه دارید.
recovery-once = فقط همین حالا نشان داده می‌شود. هر کس آن را داشته باشد می‌تواند کیف مدارک شما را باز کند.
recovery-written = آن را یادداشت کردم
recovery-confirm-title = کد بازیابی را بررسی کنید
# $n: شمارهٔ گروه.
recovery-confirm-group = گروه { $n }
recovery-confirm-wrong = مطابقت ندارد. دوباره به کاغذتان نگاه کنید.
recovery-confirm-ok = تأیید
recovery-show-again = دوباره نشان دادن کد

recover-title = بازیابی کیف مدارک
recover-intro = کد بازیابی را وارد کنید و رمز عبور جدیدی انتخاب کنید.
recover-code = کد بازیابی
recover-relay = نشانی سرور واسط (اگر کیف مدارک شما همگام‌سازی شده بود)
recover-relay-hint = اگر نمی‌دانید، همین‌طور بگذارید. در این صورت کیف مدارک خالی شروع می‌شود.
recover-go = بازیابی
recover-synced = کیف مدارک شما از سرور واسط بازگردانده شد.
recover-empty = کلیدهای شما برگشتند. کیف مدارک تا همگام‌سازی خالی است.

locked-idle = پس از ۵ دقیقه بدون استفاده قفل شد.

## Home.

home-title = مدارک من
section-profile = دربارهٔ من
section-cv = رزومه
section-certificates = گواهی‌ها
section-residence = مدارک اقامت
nav-home = مدارک
nav-share = اشتراک
nav-shares = اشتراک‌های من
nav-sync = همگام‌سازی
nav-backup = پشتیبان
empty-section = هنوز چیزی اینجا نیست.
add = افزودن
add-cv = افزودن به رزومه
add-certificate = افزودن گواهی
add-residence = افزودن مدرک اقامت
remove-confirm = این مورد حذف شود؟ اسکن آن هم حذف می‌شود.
saved = ذخیره شد.
fingerprint = کلید شما: { $fingerprint }

## نیاز به توجه شما (صفحهٔ شروع).

# unreviewed
attention-title = نیاز به توجه شما
# unreviewed
urgency-expired = منقضی شده
# unreviewed
urgency-within_30_days = تا ۳۰ روز دیگر
# unreviewed
urgency-within_90_days = تا ۹۰ روز دیگر
# unreviewed
urgency-info = خوب است بدانید
# unreviewed
notice-confirmation = تأیید از { $name }
# unreviewed
notice-share = اشتراک با { $name }
# unreviewed
notice-live-share = اشتراک زنده: { $name }
# unreviewed
notice-left = معتبر تا { $date }. { $days ->
    [one] ۱ روز مانده.
   *[other] { $days } روز مانده.
}
# unreviewed
notice-ended = در { $date } منقضی شد.
# unreviewed
notice-superseded = در { $date } منقضی شد. یک مدرک جدیدتر معتبر است: کاری لازم نیست.
# unreviewed
notice-share-ends = در { $date } پایان می‌یابد.
# unreviewed
notice-live-stopped = دیگر تغییرات شما را دنبال نمی‌کند.
# unreviewed
notice-unopened = از زمانی که در { $date } آن را به اشتراک گذاشتید، هیچ‌کس آن را باز نکرده است.
# unreviewed
advice-residence-extend = درخواست تمدید را به‌موقع و پیش از پایان اعتبار به ادارهٔ اتباع خارجی (Ausländerbehörde) بدهید. اگر تا آن زمان تصمیمی گرفته نشود، یک Fiktionsbescheinigung دریافت می‌کنید: آن را همراه داشته باشید و کنار مدارکتان نگه دارید.
# unreviewed
advice-residence-expired = همین حالا به ادارهٔ اتباع خارجی (Ausländerbehörde) بروید. اگر پیش از پایان اعتبار درخواست داده‌اید، Fiktionsbescheinigung خود را بخواهید. یک مرکز مشاورهٔ مهاجرت می‌تواند کمک کند.
# unreviewed
advice-attestation-renew = اگر هنوز لازم دارید، از اداره یک تأیید جدید بخواهید.
# unreviewed
advice-share-again = اگر اداره هنوز لازم دارد، این اشتراک را متوقف کنید و دوباره به اشتراک بگذارید.
# unreviewed
advice-share-unopened = از اداره بپرسید که آیا پیوند یا کد QR به دستشان رسیده است. اگر گم شده، دوباره به اشتراک بگذارید.
# unreviewed
paper-expired = در { $date } منقضی شد

## Profile.

profile-given_names = نام‌ها
profile-family_name = نام خانوادگی
profile-aliases = نام‌های دیگر (هر نام در یک خط)
profile-birth_date = تاریخ تولد
profile-birth_place = محل تولد
profile-nationality = تابعیت
profile-languages = زبان‌ها (هر زبان در یک خط، مثل "Persian:native" یا "Deutsch:B1")
profile-contact_phone = تلفن
profile-contact_email = ایمیل
profile-contact_address = نشانی
profile-edit = ویرایش اطلاعات
not-set = وارد نشده

## Items.

field-kind = نوع
field-title = عنوان
field-organisation = مدرسه، کارفرما یا برگزارکنندهٔ دوره
field-place = محل
field-from = از
field-to = تا
field-description = توضیح
field-issuer = صادرکننده
field-issued_on = تاریخ صدور
field-cefr_level = سطح
field-exam = آزمون
field-number = شمارهٔ مدرک
field-valid_until = معتبر تا
field-authority = اداره
# unreviewed
field-legal_basis = مبنای قانونی
# unreviewed
legal_basis-hint = برای مثال § 16a AufenthG (روی کارت یا مدرک نوشته شده).
# unreviewed
field-work = کار
# unreviewed
field-conditions = شرایط (Auflagen)
field-scan = اسکن
scan-camera = عکس بگیرید
scan-file = فایل انتخاب کنید
scan-show = نمایش اسکن
scan-hint = عکس (JPEG، PNG) یا PDF.
scan-bad-type = لطفاً یک فایل JPEG، PNG یا PDF انتخاب کنید.
date-hint = سال، یا سال و ماه، یا تاریخ کامل.

kind-education = مدرسه یا تحصیل
kind-work = کار
kind-training = آموزش حرفه‌ای یا دوره
kind-other = سایر
kind-language = گواهی زبان
kind-qualification = مدرک تحصیلی یا حرفه‌ای
kind-recognition = ارزشیابی مدرک خارجی
kind-aufenthaltserlaubnis = اجازهٔ اقامت (Aufenthaltserlaubnis)
kind-niederlassungserlaubnis = اقامت دائم (Niederlassungserlaubnis)
kind-aufenthaltsgestattung = اجازهٔ ماندن در دوران پناهندگی (Aufenthaltsgestattung)
kind-duldung = تعلیق اخراج (Duldung)
kind-fiktionsbescheinigung = گواهی موقت (Fiktionsbescheinigung)
kind-visa = ویزا
kind-eu_citizen = شهروند اتحادیهٔ اروپا
level-none = بدون سطح
# unreviewed
work-none = ذکر نشده
# unreviewed
work-permitted = کار مجاز است
# unreviewed
work-permitted_with_approval = کار فقط با اجازهٔ ادارهٔ اتباع خارجی
# unreviewed
work-not_permitted = کار مجاز نیست

## Share.

share-title = اشتراک با یک اداره
share-what = چه چیزی را می‌خواهید نشان دهید؟
share-nothing = دست‌کم یک مورد برای اشتراک انتخاب کنید.
share-expiry = برای چه مدت؟
# $days: ۷، ۳۰ یا ۹۰.
share-days = { $days ->
    [one] { $days } روز
   *[other] { $days } روز
}
share-opens = چند بار می‌توان آن را باز کرد؟
share-opens-unlimited = هر چند بار که لازم باشد
# $count: ۱، ۳ یا ۱۰.
share-opens-count = { $count ->
    [one] یک بار
   *[other] { $count } بار
}
share-live = اصلاحات و موارد تازهٔ بعدی هم فرستاده شود؟
share-live-yes = بله، تغییرات فرستاده شود
share-live-no = نه، فقط همان‌طور که الان هست
share-who = چه کسی می‌تواند آن را باز کند؟
share-who-anyone = هر کسی که کد را به او نشان دهم
share-who-office = فقط یک اداره (کارت آن را اسکن کنید)
share-scan-card = اسکن کارت اداره
share-card-file = انتخاب فایل کارت
# $name: نام اداره؛ $fingerprint: کلید آن.
share-office = اداره: { $name } ({ $fingerprint })
share-purpose = برای چه منظوری؟ (اختیاری)
share-preview = بررسی
share-consent-title = لطفاً پیش از اشتراک بخوانید
share-confirm = بله، اشتراک بگذار
share-qr-title = این کد را به اداره نشان دهید
share-qr-done = تمام
share-relay-needed = برای اشتراک به اینترنت نیاز است. وقتی آنلاین شدید دوباره امتحان کنید.

## Scanning.

scan-title = کارت اداره را جلوی دوربین بگیرید
scan-no-camera = نمی‌توان از دوربین استفاده کرد. به‌جای آن فایل کارت را انتخاب کنید.
scan-no-code = کد کارت اداره پیدا نشد.

## My shares.

shares-title = اشتراک‌های من
shares-none = هنوز چیزی به اشتراک نگذاشته‌اید.
shares-refresh = به‌روزرسانی
status-active = فعال
status-pending = در حال بارگذاری
status-revoked = لغو شده
status-expired = منقضی شده
status-used_up = تمام شده
status-unknown = وضعیت نامعلوم
# $date: تاریخ و ساعت.
shares-until = معتبر تا { $date }
# $count: تعداد دفعات باز شدن.
shares-opened = { $count ->
    [0] هنوز باز نشده
    [one] یک بار باز شده
   *[other] { $count } بار باز شده
}
# $date: تاریخ و ساعت؛ $by: چه کسی باز کرد.
shares-log-line = { $date }: { $by }
shares-by-bearer = کسی که کد را داشت
shares-for-anyone = برای هر کسی که کد را دارد
# $name: نام اداره.
shares-for-office = برای { $name }
shares-live = اصلاحات و موارد تازه را می‌فرستد
shares-revoke = لغو
shares-revoke-title = این اشتراک لغو شود؟
shares-revoke-warning = لغو کردن جلوی هر باز کردن بعدی را می‌گیرد. اما نمی‌تواند آنچه را که قبلاً باز، دیده یا ذخیره شده پس بگیرد.
shares-revoke-yes = بله، لغو کن
shares-revoked = اشتراک لغو شد.
shares-offline = شما آفلاین هستید. فهرست مربوط به آخرین به‌روزرسانی است.

## Sync.

sync-title = همگام‌سازی
sync-intro = کیف مدارک خود را روی گوشی و دستگاه‌های دیگر یکسان نگه دارید. سرور واسط آن را رمزگذاری‌شده نگه می‌دارد.
sync-relay = نشانی سرور واسط
sync-now = همین حالا همگام‌سازی کن
sync-never = هنوز همگام‌سازی نشده.
# $date: تاریخ و ساعت.
sync-last = آخرین همگام‌سازی: { $date }
sync-ok = همگام‌سازی شد.
# $count: تعداد تغییرات.
sync-report = { $count ->
    [0] چیز تازه‌ای نیست.
    [one] ۱ تغییر.
   *[other] { $count } تغییر.
}
sync-offline = شما آفلاین هستید. Mappe وقتی دوباره آنلاین شوید همگام‌سازی می‌کند.
sync-queued = در انتظار اینترنت.

## Backup.

backup-title = پشتیبان
backup-intro = یک فایل پشتیبان در جای امن ذخیره کنید (فلش USB، ایمیل خودتان). این فایل رمزگذاری شده است: بدون رمز عبور شما هیچ‌کس نمی‌تواند آن را بخواند.
backup-export = ذخیرهٔ فایل پشتیبان
backup-restore = بازگردانی از فایل پشتیبان
backup-restore-warning = بازگردانی، کیف مدارک روی این گوشی را جایگزین می‌کند. سپس آن را با رمز عبور پشتیبان باز کنید.
backup-restored = پشتیبان بازگردانی شد. آن را با رمز عبورش باز کنید.
backup-bad = این فایل پشتیبان Mappe نیست، یا آسیب دیده است.
backup-storage-note = مرورگر شما ممکن است وقتی فضا کم است داده‌های ذخیره‌شده را پاک کند. پشتیبان داشته باشید یا همگام‌سازی کنید.

## Errors.

error-wrong_passphrase = رمز عبور درست نیست. لطفاً دوباره امتحان کنید.
error-integrity = داده‌های ذخیره‌شده آسیب دیده یا تغییر کرده‌اند. چیزی تغییر نکرد یا بازنویسی نشد. یک پشتیبان را بازگردانید یا همگام‌سازی کنید.
error-format = این فایل Mappe نیست، یا از نسخهٔ جدیدتری است.
error-recovery_code = کد بازیابی اشتباه وارد شده است. هر گروه را بررسی کنید.
error-bad_input = این مقدار پذیرفته نیست. لطفاً آن را بررسی کنید.
error-not_found = این مورد دیگر وجود ندارد.
error-too_large = این بیش از حد بزرگ است.
error-unreachable = دسترسی به سرور واسط ممکن نیست. اتصال اینترنت را بررسی کنید.
error-relay = سرور واسط این را نپذیرفت. لطفاً بعداً دوباره امتحان کنید.
error-withheld = سرور واسط تغییراتی را که این گوشی دارد ندارد. چیزی ادغام نشد. سرور دیگری را امتحان کنید یا کمک بخواهید.
error-revoked = این اشتراک لغو شده است.
error-expired = این اشتراک منقضی شده است.
error-used_up = این اشتراک به تعداد مجاز باز شده است.
error-internal = در Mappe مشکلی پیش آمد. لطفاً به پشتیبانان Mappe خبر دهید.
error-storage = مرورگر نتوانست داده‌ها را ذخیره کند. کمی فضا آزاد کنید و دوباره امتحان کنید.
error-camera = دوربین راه‌اندازی نشد.
error-detail = جزئیات: { $detail }

## تأییدهای ادارات: یک اداره مدرکی را تأیید می‌کند (docs/spec/attestation-v1.md).

key-open = کلید من برای ادارات
key-title = کلید من برای ادارات
key-intro = یک اداره می‌تواند یکی از مدارک شما را تأیید کند. برای این کار به کلید شما نیاز دارد. این کد QR را به اداره نشان دهید یا کلید را به صورت متن به آن بدهید.
key-key = کلید شما
key-fingerprint = اثر انگشت
key-fingerprint-hint = اثر انگشت را با صدای بلند با اداره مقایسه کنید.
key-copy = کپی کلید
key-copied = کلید کپی شد.
key-copy-failed = کلید کپی نشد. به‌جای آن متن را انتخاب کنید.
key-not-secret = کلید محرمانه نیست. فقط به اداره اجازه می‌دهد برای شما تأییدیه صادر کند.

attest-add = افزودن تأیید یک اداره
attest-renew = افزودن تأیید جدیدتر
attest-title = تأیید یک اداره
attest-intro = اداره به شما یک متن، یک فایل یا یک کد QR می‌دهد. Mappe آن را بررسی می‌کند و همراه این مدرک نگه می‌دارد.
attest-paste = متن اداره را اینجا بچسبانید
attest-import = افزودن تأیید
attest-or = یا:
attest-file = انتخاب فایل
attest-scan = اسکن کد QR
attest-scan-title = کد QR اداره را جلوی دوربین بگیرید
attest-no-camera = نمی‌توان از دوربین استفاده کرد. به‌جای آن فایل را انتخاب کنید.
attest-no-code = در این تصویر کد QR پیدا نشد.
attest-empty = اول متن را بچسبانید، فایل را انتخاب کنید یا کد را اسکن کنید.
attest-added = تأیید بررسی و افزوده شد.
attest-some-office = یک اداره
# $name: نام اداره همان‌طور که خودش می‌گوید (ترجمه نمی‌شود)؛ $date: آخرین روز اعتبار.
attest-badge = تأییدشده توسط { $name } تا { $date }
# $name: نام اداره؛ $date: آخرین روز اعتبار.
attest-badge-expired = تأیید منقضی شده است: { $name }، معتبر تا { $date }
attest-facts = تأییدشده توسط اداره:
attest-error-other_holder = این تأیید برای کلید شخص دیگری صادر شده است. چیزی تغییر نکرد. کلید خودتان را به اداره بدهید (کلید من برای ادارات).
attest-error-wrong_paper = این تأیید برای نوع دیگری از مدرک است. آن را به مدرک مناسب اضافه کنید.
attest-error-unreadable = این تأییدی از اداره نیست که Mappe بتواند بخواند. چیزی تغییر نکرد.
attest-error-integrity = این تأیید تغییر کرده یا آسیب دیده است. چیزی تغییر نکرد. دوباره آن را از اداره بخواهید.
attest-error-expired = این تأیید منقضی شده است. چیزی تغییر نکرد. یک تأیید جدید از اداره بخواهید.
attest-error-not_yet_valid = این تأیید هنوز معتبر نیست. تاریخ گوشی خود را بررسی کنید.

# $name: نام اداره.
share-attest-title = تأییدشده توسط { $name }. کدام اطلاعات را می‌خواهید نشان دهید؟
share-attest-hint = فقط اطلاعاتی که علامت می‌زنید فرستاده می‌شود. گیرنده می‌تواند امضای اداره را بررسی کند.
share-attest-nothing = در بالا هم دست‌کم یک مورد انتخاب کنید، مثلاً نام خود را.

claim-kind = نوع
claim-number = شماره
claim-valid_from = معتبر از
claim-valid_until = معتبر تا
claim-legal_basis = مبنای قانونی
claim-work_permitted = اجازهٔ کار
claim-level = سطح
claim-issuer = صادرشده توسط
claim-date = تاریخ
claim-degree = مدرک تحصیلی
claim-decision = تصمیم
claim-yes = بله
claim-no = خیر

## رزومهٔ من: پیش‌نمایش، سپس چاپ یا ذخیره به‌صورت PDF.

# unreviewed
cv-open = رزومهٔ من (Lebenslauf)
# unreviewed
cv-title = رزومهٔ من (Lebenslauf)
# unreviewed
cv-intro = از «دربارهٔ من»، موارد رزومه و مدارک شما ساخته می‌شود. مدارک اقامت هرگز در آن نمی‌آیند.
# unreviewed
cv-lang = زبان رزومه
# unreviewed
cv-lang-hint = کارفرمایان در آلمان رزومه‌ای به زبان آلمانی انتظار دارند.
# unreviewed
cv-photo = عکس (اختیاری)
# unreviewed
cv-photo-pick = انتخاب عکس
# unreviewed
cv-photo-none = بدون عکس
# unreviewed
cv-photo-hint = تصویر JPEG یا PNG، حداکثر ۵ مگابایت. روی گوشی شما می‌ماند.
# unreviewed
cv-photo-bad = از این تصویر نمی‌توان استفاده کرد. لطفاً یک عکس JPEG یا PNG با حداکثر ۵ مگابایت انتخاب کنید.
# unreviewed
cv-place = شهر (اختیاری)
# unreviewed
cv-place-hint = برای خط آخر، مثلاً «Berlin, den 02.12.2026».
# unreviewed
cv-preview = پیش‌نمایش رزومهٔ شما
# unreviewed
cv-print = چاپ یا ذخیره به‌صورت PDF
# unreviewed
cv-print-hint = در پنجرهٔ چاپ «ذخیره به‌صورت PDF» را انتخاب کنید تا یک فایل بگیرید.
`;var Tt=`### Mappe app: Turkish (Türkçe).
### UNREVIEWED: machine-made translation, not yet checked by a native speaker (docs/app.md).
### Same message ids and variables as en.ftl (checked by app/test/unit/).

app-name = Mappe
app-tagline = Belgeleriniz telefonunuzda, şifreli.
language-self = Türkçe
language = Dil
loading = Yükleniyor …
back = Geri
cancel = İptal
save = Kaydet
edit = Düzenle
remove = Sil
yes-remove = Evet, sil
close = Kapat
next = İleri
print = Yazdır
lock = Kilitle
working = Bir dakika …

## Start.

start-create-title = Yeni cüzdan oluştur
start-create-intro = Bir parola seçin. Mappe'yi her açtığınızda buna ihtiyacınız var. Kimse onu sizin için sıfırlayamaz.
passphrase = Parola
passphrase-again = Parola tekrar
passphrase-mismatch = İki parola aynı değil.
passphrase-short = Lütfen en az 8 karakter kullanın.
create = Cüzdan oluştur
start-unlock-title = Cüzdanınızı açın
unlock = Aç
start-forgot = Parolanızı mı unuttunuz, yoksa yeni telefon mu?
start-recover = Kurtarma koduyla geri getir
start-new-instead = Bunun yerine yeni cüzdan oluştur

recovery-title = Kurtarma kodunuz
recovery-intro = Bu kodu kâğıda yazın veya yazdırın. Telefonunuzdan uzakta, güvenli bir yerde saklayın.
recovery-once = Yalnızca şimdi gösterilir. Ona sahip olan herkes cüzdanınızı açabilir.
recovery-written = Yazdım
recovery-confirm-title = Kurtarma kodunuzu kontrol edin
# $n: grubun numarası.
recovery-confirm-group = Grup { $n }
recovery-confirm-wrong = Bu eşleşmiyor. Kâğıdınıza tekrar bakın.
recovery-confirm-ok = Onayla
recovery-show-again = Kodu tekrar göster

recover-title = Cüzdanınızı geri getirin
recover-intro = Kurtarma kodunuzu yazın ve yeni bir parola seçin.
recover-code = Kurtarma kodu
recover-relay = Aktarma sunucusunun adresi (cüzdanınız eşitlendiyse)
recover-relay-hint = Bilmiyorsanız olduğu gibi bırakın. O zaman cüzdan boş başlar.
recover-go = Geri getir
recover-synced = Cüzdanınız aktarma sunucusundan geri getirildi.
recover-empty = Anahtarlarınız geri geldi. Cüzdan, eşitleyene kadar boş.

locked-idle = 5 dakika kullanılmadığı için kilitlendi.

## Home.

home-title = Belgelerim
section-profile = Hakkımda
section-cv = Özgeçmiş
section-certificates = Sertifikalar
section-residence = İkamet belgeleri
nav-home = Belgeler
nav-share = Paylaş
nav-shares = Paylaşımlar
nav-sync = Eşitle
nav-backup = Yedek
empty-section = Burada henüz bir şey yok.
add = Ekle
add-cv = Özgeçmişe ekle
add-certificate = Sertifika ekle
add-residence = İkamet belgesi ekle
remove-confirm = Bu kayıt silinsin mi? Taraması da silinir.
saved = Kaydedildi.
fingerprint = Anahtarınız: { $fingerprint }

## Dikkat etmeniz gerekenler (başlangıç ekranı).

# unreviewed
attention-title = Dikkat etmeniz gerekenler
# unreviewed
urgency-expired = Süresi doldu
# unreviewed
urgency-within_30_days = 30 gün içinde
# unreviewed
urgency-within_90_days = 90 gün içinde
# unreviewed
urgency-info = Bilginize
# unreviewed
notice-confirmation = { $name } onayı
# unreviewed
notice-share = { $name } ile paylaşım
# unreviewed
notice-live-share = Canlı paylaşım: { $name }
# unreviewed
notice-left = { $date } tarihine kadar geçerli. { $days } gün kaldı.
# unreviewed
notice-ended = Süresi { $date } tarihinde doldu.
# unreviewed
notice-superseded = Süresi { $date } tarihinde doldu. Daha yeni bir belge geçerli: yapmanız gereken bir şey yok.
# unreviewed
notice-share-ends = { $date } tarihinde sona eriyor.
# unreviewed
notice-live-stopped = Artık değişikliklerinizi takip etmiyor.
# unreviewed
notice-unopened = { $date } tarihinde paylaştığınızdan beri kimse açmadı.
# unreviewed
advice-residence-extend = Süre dolmadan, zamanında Yabancılar Dairesi'ne (Ausländerbehörde) uzatma başvurusu yapın. O zamana kadar karar verilmezse bir Fiktionsbescheinigung alırsınız: yanınızda taşıyın ve belgelerinizle birlikte saklayın.
# unreviewed
advice-residence-expired = Hemen Yabancılar Dairesi'ne (Ausländerbehörde) gidin. Süre dolmadan başvurduysanız Fiktionsbescheinigung'unuzu isteyin. Bir göç danışma merkezi yardımcı olabilir.
# unreviewed
advice-attestation-renew = Hâlâ gerekiyorsa kurumdan yeni bir onay isteyin.
# unreviewed
advice-share-again = Kurum hâlâ ihtiyaç duyuyorsa bu paylaşımı durdurun ve yeniden paylaşın.
# unreviewed
advice-share-unopened = Kuruma bağlantının veya QR kodunun ulaşıp ulaşmadığını sorun. Kaybolduysa yeniden paylaşın.
# unreviewed
paper-expired = Süresi { $date } tarihinde doldu

## Profile.

profile-given_names = Adlar
profile-family_name = Soyadı
profile-aliases = Diğer adlar (her satıra bir tane)
profile-birth_date = Doğum tarihi
profile-birth_place = Doğum yeri
profile-nationality = Uyruk
profile-languages = Diller (her satıra bir tane, örneğin "Turkish:native" veya "Deutsch:B1")
profile-contact_phone = Telefon
profile-contact_email = E-posta
profile-contact_address = Adres
profile-edit = Bilgileri düzenle
not-set = girilmedi

## Items.

field-kind = Tür
field-title = Başlık
field-organisation = Okul, işveren veya kurs düzenleyicisi
field-place = Yer
field-from = Başlangıç
field-to = Bitiş
field-description = Açıklama
field-issuer = Veren kurum
field-issued_on = Veriliş tarihi
field-cefr_level = Seviye
field-exam = Sınav
field-number = Belge numarası
field-valid_until = Geçerlilik sonu
field-authority = Makam
# unreviewed
field-legal_basis = Yasal dayanak
# unreviewed
legal_basis-hint = Örneğin § 16a AufenthG (kartta veya belgede yazar).
# unreviewed
field-work = Çalışma
# unreviewed
field-conditions = Koşullar (Auflagen)
field-scan = Tarama
scan-camera = Fotoğraf çek
scan-file = Dosya seç
scan-show = Taramayı göster
scan-hint = Fotoğraf (JPEG, PNG) veya PDF.
scan-bad-type = Lütfen bir JPEG, PNG veya PDF dosyası seçin.
date-hint = Yıl, ya da yıl ve ay, ya da tam tarih.

kind-education = Okul veya öğrenim
kind-work = İş
kind-training = Mesleki eğitim veya kurs
kind-other = Diğer
kind-language = Dil sertifikası
kind-qualification = Diploma veya mesleki yeterlilik
kind-recognition = Yabancı diplomanın denkliği
kind-aufenthaltserlaubnis = Oturma izni (Aufenthaltserlaubnis)
kind-niederlassungserlaubnis = Süresiz oturma izni (Niederlassungserlaubnis)
kind-aufenthaltsgestattung = İltica sürecinde kalış izni (Aufenthaltsgestattung)
kind-duldung = Sınır dışı etmenin ertelenmesi (Duldung)
kind-fiktionsbescheinigung = Geçici belge (Fiktionsbescheinigung)
kind-visa = Vize
kind-eu_citizen = AB vatandaşı
level-none = seviye yok
# unreviewed
work-none = belirtilmemiş
# unreviewed
work-permitted = Çalışma izni var
# unreviewed
work-permitted_with_approval = Yalnızca Yabancılar Dairesi'nin izniyle çalışma
# unreviewed
work-not_permitted = Çalışma izni yok

## Share.

share-title = Bir kurumla paylaş
share-what = Neyi göstermek istiyorsunuz?
share-nothing = Paylaşmak için en az bir şey seçin.
share-expiry = Ne kadar süre?
# $days: 7, 30 veya 90.
share-days = { $days ->
    [one] { $days } gün
   *[other] { $days } gün
}
share-opens = Kaç kez açılabilir?
share-opens-unlimited = Gerektiği kadar
# $count: 1, 3 veya 10.
share-opens-count = { $count ->
    [one] Bir kez
   *[other] { $count } kez
}
share-live = Sonraki düzeltmeler ve yeni kayıtlar da gönderilsin mi?
share-live-yes = Evet, değişiklikleri gönder
share-live-no = Hayır, yalnızca şu anki hâli
share-who = Kim açabilir?
share-who-anyone = Kodu gösterdiğim herkes
share-who-office = Yalnızca bir kurum (kartını tarayın)
share-scan-card = Kurumun kartını tara
share-card-file = Kart dosyasını seç
# $name: kurumun adı; $fingerprint: anahtarı.
share-office = Kurum: { $name } ({ $fingerprint })
share-purpose = Ne için? (isteğe bağlı)
share-preview = Kontrol et
share-consent-title = Lütfen paylaşmadan önce okuyun
share-confirm = Evet, paylaş
share-qr-title = Bu kodu kuruma gösterin
share-qr-done = Bitti
share-relay-needed = Paylaşmak için internet gerekir. Çevrimiçi olduğunuzda tekrar deneyin.

## Scanning.

scan-title = Kurumun kartını kameraya tutun
scan-no-camera = Kamera kullanılamıyor. Bunun yerine kart dosyasını seçin.
scan-no-code = Kurum kartı kodu bulunamadı.

## My shares.

shares-title = Paylaşımlarım
shares-none = Henüz hiçbir şey paylaşmadınız.
shares-refresh = Güncelle
status-active = Etkin
status-pending = Yükleniyor
status-revoked = Geri alındı
status-expired = Süresi doldu
status-used_up = Hakkı bitti
status-unknown = Durum bilinmiyor
# $date: tarih ve saat.
shares-until = Geçerlilik sonu: { $date }
# $count: kaç kez açıldığı.
shares-opened = { $count ->
    [0] Henüz açılmadı
    [one] Bir kez açıldı
   *[other] { $count } kez açıldı
}
# $date: tarih ve saat; $by: kimin açtığı.
shares-log-line = { $date }: { $by }
shares-by-bearer = kodu olan biri
shares-for-anyone = Kodu olan herkes için
# $name: kurumun adı.
shares-for-office = { $name } için
shares-live = Düzeltmeleri ve yeni kayıtları gönderir
shares-revoke = Geri al
shares-revoke-title = Bu paylaşım geri alınsın mı?
shares-revoke-warning = Geri almak, sonraki her açılışı durdurur. Ancak daha önce açılmış, görülmüş veya kaydedilmiş olanı geri getiremez.
shares-revoke-yes = Evet, geri al
shares-revoked = Paylaşım geri alındı.
shares-offline = Çevrimdışısınız. Liste son güncellemeden.

## Sync.

sync-title = Eşitleme
sync-intro = Cüzdanınızı telefonunuzda ve diğer cihazlarınızda aynı tutun. Aktarma sunucusu onu şifreli saklar.
sync-relay = Aktarma sunucusunun adresi
sync-now = Şimdi eşitle
sync-never = Henüz eşitlenmedi.
# $date: tarih ve saat.
sync-last = Son eşitleme: { $date }
sync-ok = Eşitlendi.
# $count: kaç değişiklik.
sync-report = { $count ->
    [0] Yeni bir şey yok.
    [one] 1 değişiklik.
   *[other] { $count } değişiklik.
}
sync-offline = Çevrimdışısınız. Mappe tekrar çevrimiçi olduğunuzda eşitleyecek.
sync-queued = İnternet bekleniyor.

## Backup.

backup-title = Yedek
backup-intro = Bir yedek dosyasını güvenli bir yere kaydedin (USB bellek, e-postanız). Şifrelidir: parolanız olmadan kimse okuyamaz.
backup-export = Yedek dosyasını kaydet
backup-restore = Yedek dosyasından geri yükle
backup-restore-warning = Geri yükleme, bu telefondaki cüzdanın yerini alır. Sonra onu yedeğin parolasıyla açın.
backup-restored = Yedek geri yüklendi. Parolasıyla açın.
backup-bad = Bu bir Mappe yedeği değil veya bozuk.
backup-storage-note = Tarayıcınız yer azaldığında kayıtlı verileri silebilir. Yedek alın veya eşitleyin.

## Errors.

error-wrong_passphrase = Parola doğru değil. Lütfen tekrar deneyin.
error-integrity = Kayıtlı veriler bozuk veya değiştirilmiş. Hiçbir şey değiştirilmedi veya üzerine yazılmadı. Bir yedeği geri yükleyin veya eşitleyin.
error-format = Bu bir Mappe dosyası değil veya daha yeni bir sürümden.
error-recovery_code = Kurtarma kodu yanlış yazılmış. Her grubu kontrol edin.
error-bad_input = Bu değer kabul edilmiyor. Lütfen kontrol edin.
error-not_found = Bu kayıt artık yok.
error-too_large = Bu çok büyük.
error-unreachable = Aktarma sunucusuna ulaşılamıyor. İnternet bağlantısını kontrol edin.
error-relay = Aktarma sunucusu bunu reddetti. Lütfen daha sonra tekrar deneyin.
error-withheld = Aktarma sunucusunda bu telefonun zaten sahip olduğu değişiklikler eksik. Hiçbir şey birleştirilmedi. Başka bir sunucu deneyin veya yardım isteyin.
error-revoked = Bu paylaşım geri alındı.
error-expired = Bu paylaşımın süresi doldu.
error-used_up = Bu paylaşım izin verilen kadar açıldı.
error-internal = Mappe'de bir şeyler ters gitti. Lütfen Mappe ile ilgilenen kişilere bildirin.
error-storage = Tarayıcı verileri kaydedemedi. Biraz yer açın ve tekrar deneyin.
error-camera = Kamera başlatılamadı.
error-detail = Ayrıntı: { $detail }

## Kurum onayları: bir kurum bir belgeyi onaylar (docs/spec/attestation-v1.md).

key-open = Kurumlar için anahtarım
key-title = Kurumlar için anahtarım
key-intro = Bir kurum belgelerinizden birini onaylayabilir. Bunun için anahtarınıza ihtiyacı vardır. Kuruma bu QR kodunu gösterin ya da anahtarı metin olarak verin.
key-key = Anahtarınız
key-fingerprint = Parmak izi
key-fingerprint-hint = Parmak izini kurumla sesli olarak karşılaştırın.
key-copy = Anahtarı kopyala
key-copied = Anahtar kopyalandı.
key-copy-failed = Anahtar kopyalanamadı. Bunun yerine metni seçin.
key-not-secret = Anahtar gizli değildir. Yalnızca bir kurumun sizin için onay vermesini sağlar.

attest-add = Bir kurumun onayını ekle
attest-renew = Daha yeni bir onay ekle
attest-title = Bir kurumun onayı
attest-intro = Kurum size bir metin, bir dosya ya da bir QR kodu verir. Mappe bunu kontrol eder ve bu belgeyle birlikte saklar.
attest-paste = Kurumun verdiği metni buraya yapıştırın
attest-import = Onayı ekle
attest-or = Ya da:
attest-file = Dosya seç
attest-scan = QR kodunu tara
attest-scan-title = Kurumun QR kodunu kameraya tutun
attest-no-camera = Kamera kullanılamıyor. Bunun yerine dosyayı seçin.
attest-no-code = Bu resimde QR kodu bulunamadı.
attest-empty = Önce metni yapıştırın, dosyayı seçin ya da kodu tarayın.
attest-added = Onay kontrol edildi ve eklendi.
attest-some-office = bir kurum
# $name: kurumun kendi verdiği adı (çevrilmez); $date: geçerli son gün.
attest-badge = { $name } tarafından { $date } tarihine kadar onaylandı
# $name: kurumun adı; $date: geçerli son gün.
attest-badge-expired = Onayın süresi doldu: { $name }, { $date } tarihine kadar geçerliydi
attest-facts = Kurum tarafından onaylanan:
attest-error-other_holder = Bu onay başka bir kişinin anahtarı için verilmiş. Hiçbir şey değişmedi. Kuruma kendi anahtarınızı verin (Kurumlar için anahtarım).
attest-error-wrong_paper = Bu onay başka türden bir belge için. Uygun belgeye ekleyin.
attest-error-unreadable = Bu, Mappe'nin okuyabildiği bir kurum onayı değil. Hiçbir şey değişmedi.
attest-error-integrity = Bu onay değiştirilmiş ya da bozulmuş. Hiçbir şey değişmedi. Kurumdan yeniden isteyin.
attest-error-expired = Bu onayın süresi dolmuş. Hiçbir şey değişmedi. Kurumdan yeni bir onay isteyin.
attest-error-not_yet_valid = Bu onay henüz geçerli değil. Telefonunuzdaki tarihi kontrol edin.

# $name: kurumun adı.
share-attest-title = { $name } tarafından onaylandı. Hangi bilgileri göstermek istiyorsunuz?
share-attest-hint = Yalnızca işaretlediğiniz bilgiler gönderilir. Alıcı kurumun imzasını kontrol edebilir.
share-attest-nothing = Yukarıda da en az bir şey seçin, örneğin adınızı.

claim-kind = Tür
claim-number = Numara
claim-valid_from = Geçerlilik başlangıcı
claim-valid_until = Geçerlilik sonu
claim-legal_basis = Yasal dayanak
claim-work_permitted = Çalışma izni
claim-level = Seviye
claim-issuer = Veren
claim-date = Tarih
claim-degree = Derece
claim-decision = Karar
claim-yes = evet
claim-no = hayır

## Özgeçmişim: önizleme, sonra yazdırma veya PDF olarak kaydetme.

# unreviewed
cv-open = Özgeçmişim (Lebenslauf)
# unreviewed
cv-title = Özgeçmişim (Lebenslauf)
# unreviewed
cv-intro = “Hakkımda” bölümünden, özgeçmiş kayıtlarınızdan ve sertifikalarınızdan oluşur. Oturum belgeleri asla üzerinde yer almaz.
# unreviewed
cv-lang = Özgeçmişin dili
# unreviewed
cv-lang-hint = Almanya’daki işverenler Almanca bir özgeçmiş bekler.
# unreviewed
cv-photo = Fotoğraf (isteğe bağlı)
# unreviewed
cv-photo-pick = Fotoğraf seç
# unreviewed
cv-photo-none = Fotoğrafsız
# unreviewed
cv-photo-hint = En fazla 5 MB’lık bir JPEG veya PNG resmi. Telefonunuzda kalır.
# unreviewed
cv-photo-bad = Bu resim kullanılamıyor. Lütfen en fazla 5 MB’lık bir JPEG veya PNG fotoğrafı seçin.
# unreviewed
cv-place = Şehir (isteğe bağlı)
# unreviewed
cv-place-hint = Son satır için, örneğin “Berlin, den 02.12.2026”.
# unreviewed
cv-preview = Özgeçmişinizin önizlemesi
# unreviewed
cv-print = Yazdır veya PDF olarak kaydet
# unreviewed
cv-print-hint = Dosya olarak almak için yazdırma penceresinde “PDF olarak kaydet”i seçin.
`;var Y=class{constructor(t){this.value=t}valueOf(){return this.value}},D=class extends Y{constructor(t="???"){super(t)}toString(t){return`{${this.value}}`}},G=class extends Y{constructor(t,n={}){super(t),this.opts=n}toString(t){if(t)try{return t.memoizeIntlObject(Intl.NumberFormat,this.opts).format(this.value)}catch(n){t.reportError(n)}return this.value.toString(10)}},H=class e extends Y{static supportsValue(t){if(typeof t=="number"||t instanceof Date)return!0;if(t instanceof Y)return e.supportsValue(t.valueOf());if("Temporal"in globalThis){let n=globalThis.Temporal;if(t instanceof n.Instant||t instanceof n.PlainDateTime||t instanceof n.PlainDate||t instanceof n.PlainMonthDay||t instanceof n.PlainTime||t instanceof n.PlainYearMonth)return!0}return!1}constructor(t,n={}){t instanceof e?(n={...t.opts,...n},t=t.value):t instanceof Y&&(t=t.valueOf()),typeof t=="object"&&"calendarId"in t&&n.calendar===void 0&&(n={...n,calendar:t.calendarId}),super(t),this.opts=n}[Symbol.toPrimitive](t){return t==="string"?this.toString():this.toNumber()}toNumber(){let t=this.value;if(typeof t=="number")return t;if(t instanceof Date)return t.getTime();if("epochMilliseconds"in t)return t.epochMilliseconds;if("toZonedDateTime"in t)return t.toZonedDateTime("UTC").epochMilliseconds;throw new TypeError("Unwrapping a non-number value as a number")}toString(t){if(t)try{return t.memoizeIntlObject(Intl.DateTimeFormat,this.opts).format(this.value)}catch(n){t.reportError(n)}return typeof this.value=="number"||this.value instanceof Date?new Date(this.value).toISOString():this.value.toString()}};var Nt=100,jn="⁨",Un="⁩";function qn(e,t,n){if(n===t||n instanceof G&&t instanceof G&&n.value===t.value)return!0;if(t instanceof G&&typeof n=="string"){let r=e.memoizeIntlObject(Intl.PluralRules,t.opts).select(t.value);if(n===r)return!0}return!1}function Ct(e,t,n){return t[n]?de(e,t[n].value):(e.reportError(new RangeError("No default")),new D)}function je(e,t){let n=[],r=Object.create(null);for(let i of t)i.type==="narg"?r[i.name]=ye(e,i.value):n.push(ye(e,i));return{positional:n,named:r}}function ye(e,t){switch(t.type){case"str":return t.value;case"num":return new G(t.value,{minimumFractionDigits:t.precision});case"var":return Vn(e,t);case"mesg":return Yn(e,t);case"term":return Hn(e,t);case"func":return Qn(e,t);case"select":return Jn(e,t);default:return new D}}function Vn(e,{name:t}){let n;if(e.params)if(Object.prototype.hasOwnProperty.call(e.params,t))n=e.params[t];else return new D(`$${t}`);else if(e.args&&Object.prototype.hasOwnProperty.call(e.args,t))n=e.args[t];else return e.reportError(new ReferenceError(`Unknown variable: $${t}`)),new D(`$${t}`);if(n instanceof Y)return n;switch(typeof n){case"string":return n;case"number":return new G(n);case"object":if(H.supportsValue(n))return new H(n);default:return e.reportError(new TypeError(`Variable type not supported: $${t}, ${typeof n}`)),new D(`$${t}`)}}function Yn(e,{name:t,attr:n}){let r=e.bundle._messages.get(t);if(!r)return e.reportError(new ReferenceError(`Unknown message: ${t}`)),new D(t);if(n){let i=r.attributes[n];return i?de(e,i):(e.reportError(new ReferenceError(`Unknown attribute: ${n}`)),new D(`${t}.${n}`))}return r.value?de(e,r.value):(e.reportError(new ReferenceError(`No value: ${t}`)),new D(t))}function Hn(e,{name:t,attr:n,args:r}){let i=`-${t}`,s=e.bundle._terms.get(i);if(!s)return e.reportError(new ReferenceError(`Unknown term: ${i}`)),new D(i);if(n){let c=s.attributes[n];if(c){e.params=je(e,r).named;let p=de(e,c);return e.params=null,p}return e.reportError(new ReferenceError(`Unknown attribute: ${n}`)),new D(`${i}.${n}`)}e.params=je(e,r).named;let o=de(e,s.value);return e.params=null,o}function Qn(e,{name:t,args:n}){let r=e.bundle._functions[t];if(!r)return e.reportError(new ReferenceError(`Unknown function: ${t}()`)),new D(`${t}()`);if(typeof r!="function")return e.reportError(new TypeError(`Function ${t}() is not callable`)),new D(`${t}()`);try{let i=je(e,n);return r(i.positional,i.named)}catch(i){return e.reportError(i),new D(`${t}()`)}}function Jn(e,{selector:t,variants:n,star:r}){let i=ye(e,t);if(i instanceof D)return Ct(e,n,r);for(let s of n){let o=ye(e,s.key);if(qn(e,i,o))return de(e,s.value)}return Ct(e,n,r)}function Ue(e,t){if(e.dirty.has(t))return e.reportError(new RangeError("Cyclic reference")),new D;e.dirty.add(t);let n=[],r=e.bundle._useIsolating&&t.length>1;for(let i of t){if(typeof i=="string"){n.push(e.bundle._transform(i));continue}if(e.placeables++,e.placeables>Nt)throw e.dirty.delete(t),new RangeError(`Too many placeables expanded: ${e.placeables}, max allowed is ${Nt}`);r&&n.push(jn),n.push(ye(e,i).toString(e)),r&&n.push(Un)}return e.dirty.delete(t),n.join("")}function de(e,t){return typeof t=="string"?e.bundle._transform(t):Ue(e,t)}var De=class{constructor(t,n,r){this.dirty=new WeakSet,this.params=null,this.placeables=0,this.bundle=t,this.errors=n,this.args=r}reportError(t){if(!this.errors||!(t instanceof Error))throw t;this.errors.push(t)}memoizeIntlObject(t,n){let r=this.bundle._intls.get(t);r||(r={},this.bundle._intls.set(t,r));let i=JSON.stringify(n);return r[i]||(r[i]=new t(this.bundle.locales,n)),r[i]}};function qe(e,t){let n=Object.create(null);for(let[r,i]of Object.entries(e))t.includes(r)&&(n[r]=i.valueOf());return n}var It=["unitDisplay","currencyDisplay","useGrouping","minimumIntegerDigits","minimumFractionDigits","maximumFractionDigits","minimumSignificantDigits","maximumSignificantDigits"];function Rt(e,t){let n=e[0];if(n instanceof D)return new D(`NUMBER(${n.valueOf()})`);if(n instanceof G)return new G(n.valueOf(),{...n.opts,...qe(t,It)});if(n instanceof H)return new G(n.toNumber(),{...qe(t,It)});throw new TypeError("Invalid argument to NUMBER")}var Zn=["dateStyle","timeStyle","fractionalSecondDigits","dayPeriod","hour12","weekday","era","year","month","day","hour","minute","second","timeZoneName"];function Lt(e,t){let n=e[0];if(n instanceof D)return new D(`DATETIME(${n.valueOf()})`);if(n instanceof H||n instanceof G)return new H(n,qe(t,Zn));throw new TypeError("Invalid argument to DATETIME")}var Ft=new Map;function Ot(e){let t=Array.isArray(e)?e.join(" "):e,n=Ft.get(t);return n===void 0&&(n=new Map,Ft.set(t,n)),n}var ge=class{constructor(t,{functions:n,useIsolating:r=!0,transform:i=s=>s}={}){this._terms=new Map,this._messages=new Map,this.locales=Array.isArray(t)?t:[t],this._functions={NUMBER:Rt,DATETIME:Lt,...n},this._useIsolating=r,this._transform=i,this._intls=Ot(t)}hasMessage(t){return this._messages.has(t)}getMessage(t){return this._messages.get(t)}addResource(t,{allowOverrides:n=!1}={}){let r=[];for(let i=0;i<t.body.length;i++){let s=t.body[i];if(s.id.startsWith("-")){if(n===!1&&this._terms.has(s.id)){r.push(new Error(`Attempt to override an existing term: "${s.id}"`));continue}this._terms.set(s.id,s)}else{if(n===!1&&this._messages.has(s.id)){r.push(new Error(`Attempt to override an existing message: "${s.id}"`));continue}this._messages.set(s.id,s)}}return r}formatPattern(t,n=null,r=null){if(typeof t=="string")return this._transform(t);let i=new De(this,r,n);try{return Ue(i,t).toString(i)}catch(s){if(i.errors&&s instanceof Error)return i.errors.push(s),new D().toString(i);throw s}}};var Ve=/^(-?[a-zA-Z][\w-]*) *= */gm,Gt=/\.([a-zA-Z][\w-]*) *= */y,Xn=/\*?\[/y,Ye=/(-?[0-9]+(?:\.([0-9]+))?)/y,er=/([a-zA-Z][\w-]*)/y,Kt=/([$-])?([a-zA-Z][\w-]*)(?:\.([a-zA-Z][\w-]*))?/y,tr=/^[A-Z][A-Z0-9_-]*$/,Pe=/([^{}\n\r]+)/y,nr=/([^\\"\n\r]*)/y,Wt=/\\([\\"])/y,jt=/\\u([a-fA-F0-9]{4})|\\U([a-fA-F0-9]{6})/y,rr=/^\n+/,Ut=/ +$/,ar=/ *\r?\n/g,ir=/( *)$/,sr=/{\s*/y,qt=/\s*}/y,or=/\[\s*/y,cr=/\s*] */y,lr=/\s*\(\s*/y,dr=/\s*->\s*/y,ur=/\s*:\s*/y,hr=/\s*,?\s*/y,pr=/\s+/y,ve=class{constructor(t){this.body=[],Ve.lastIndex=0;let n=0;for(;;){let d=Ve.exec(t);if(d===null)break;n=Ve.lastIndex;try{this.body.push(p(d[1]))}catch(k){if(k instanceof SyntaxError)continue;throw k}}function r(d){return d.lastIndex=n,d.test(t)}function i(d,k){if(t[n]===d)return n++,!0;if(k)throw new k(`Expected ${d}`);return!1}function s(d,k){if(r(d))return n=d.lastIndex,!0;if(k)throw new k(`Expected ${d.toString()}`);return!1}function o(d){d.lastIndex=n;let k=d.exec(t);if(k===null)throw new SyntaxError(`Expected ${d.toString()}`);return n=d.lastIndex,k}function c(d){return o(d)[1]}function p(d){let k=y(),M=l();if(k===null&&Object.keys(M).length===0)throw new SyntaxError("Expected message value or attributes");return{id:d,value:k,attributes:M}}function l(){let d=Object.create(null);for(;r(Gt);){let k=c(Gt),M=y();if(M===null)throw new SyntaxError("Expected attribute value");d[k]=M}return d}function y(){let d;if(r(Pe)&&(d=c(Pe)),t[n]==="{"||t[n]==="}")return m(d?[d]:[],1/0);let k=P();return k?d?m([d,k],k.length):(k.value=ae(k.value,rr),m([k],k.length)):d?ae(d,Ut):null}function m(d=[],k){for(;;){if(r(Pe)){d.push(c(Pe));continue}if(t[n]==="{"){d.push(b());continue}if(t[n]==="}")throw new SyntaxError("Unbalanced closing brace");let V=P();if(V){d.push(V),k=Math.min(k,V.length);continue}break}let M=d.length-1,ie=d[M];typeof ie=="string"&&(d[M]=ae(ie,Ut));let me=[];for(let V of d)V instanceof Me&&(V=V.value.slice(0,V.value.length-k)),V&&me.push(V);return me}function b(){s(sr,SyntaxError);let d=$();if(s(qt))return d;if(s(dr)){let k=E();return s(qt,SyntaxError),{type:"select",selector:d,...k}}throw new SyntaxError("Unclosed placeable")}function $(){if(t[n]==="{")return b();if(r(Kt)){let[,d,k,M=null]=o(Kt);if(d==="$")return{type:"var",name:k};if(s(lr)){let ie=N();if(d==="-")return{type:"term",name:k,attr:M,args:ie};if(tr.test(k))return{type:"func",name:k,args:ie};throw new SyntaxError("Function names must be all upper-case")}return d==="-"?{type:"term",name:k,attr:M,args:[]}:{type:"mesg",name:k,attr:M}}return f()}function N(){let d=[];for(;;){switch(t[n]){case")":return n++,d;case void 0:throw new SyntaxError("Unclosed argument list")}d.push(_()),s(hr)}}function _(){let d=$();return d.type!=="mesg"?d:s(ur)?{type:"narg",name:d.name,value:f()}:d}function E(){let d=[],k=0,M;for(;r(Xn);){i("*")&&(M=k);let ie=x(),me=y();if(me===null)throw new SyntaxError("Expected variant value");d[k++]={key:ie,value:me}}if(k===0)return null;if(M===void 0)throw new SyntaxError("Expected default variant");return{variants:d,star:M}}function x(){s(or,SyntaxError);let d;return r(Ye)?d=S():d={type:"str",value:c(er)},s(cr,SyntaxError),d}function f(){if(r(Ye))return S();if(t[n]==='"')return w();throw new SyntaxError("Invalid expression")}function S(){let[,d,k=""]=o(Ye),M=k.length;return{type:"num",value:parseFloat(d),precision:M}}function w(){i('"',SyntaxError);let d="";for(;;){if(d+=c(nr),t[n]==="\\"){d+=A();continue}if(i('"'))return{type:"str",value:d};throw new SyntaxError("Unclosed string literal")}}function A(){if(r(Wt))return c(Wt);if(r(jt)){let[,d,k]=o(jt),M=parseInt(d||k,16);return M<=55295||57344<=M?String.fromCodePoint(M):"�"}throw new SyntaxError("Unknown escape sequence")}function P(){let d=n;switch(s(pr),t[n]){case".":case"[":case"*":case"}":case void 0:return!1;case"{":return fe(t.slice(d,n))}return t[n-1]===" "?fe(t.slice(d,n)):!1}function ae(d,k){return d.replace(k,"")}function fe(d){let k=d.replace(ar,`
`),M=ir.exec(d)[1].length;return new Me(k,M)}}},Me=class{constructor(t,n){this.value=t,this.length=n}};var ne=["de","en","ar","uk","fa","tr"];function He(e,t){if(ne.includes(e))return e;for(let n of t||[]){let r=String(n).toLowerCase().split("-")[0];if(ne.includes(r))return r}return"de"}var Vt={},fr=new Set(["ar","fa"]),Qe=new Map,we="de";function Yt(e){Vt=e,Qe.clear()}function mr(e){let t=Qe.get(e);return t||(t=new ge(e),t.addResource(new ve(Vt[e])),Qe.set(e,t)),t}function Je(e){we=ne.includes(e)?e:"de",document.documentElement.lang=we,document.documentElement.dir=Ze(we)?"rtl":"ltr"}var L=()=>we,Ze=e=>fr.has(e);function u(e,t,n=we){let r=mr(n),i=r.getMessage(e);if(!i||!i.value)return e;let s=[];return r.formatPattern(i.value,t,s)}var Te=e=>u("language-self",void 0,e);Yt({de:zt,en:Bt,ar:Dt,uk:Pt,fa:Mt,tr:Tt});function a(e,t={},...n){let r=document.createElement(e);for(let[i,s]of Object.entries(t||{}))if(!(s===!1||s===null||s===void 0))if(i==="text")r.textContent=s;else if(i==="on")for(let[o,c]of Object.entries(s))r.addEventListener(o,c);else i==="class"?r.className=s:i==="value"?r.value=s:i==="checked"?r.checked=!!s:r.setAttribute(i,s===!0?"":String(s));for(let i of n.flat())i==null||i===!1||r.append(typeof i=="string"?document.createTextNode(i):i);return r}var h=(e,t,n,r={})=>a(e,{...r,text:u(t,n),"data-t":t}),g=(e,t,n={})=>a("button",{type:"button",...n,class:`btn ${n.class||""}`.trim(),text:u(e),"data-t":e,on:{click:t}});function C(e,t,n){let r=`f-${e}-${Math.random().toString(36).slice(2,8)}`;t.id=r;let i=a("div",{class:"field"},a("label",{for:r,text:u(e),"data-t":e}),t);return n&&i.append(a("p",{class:"hint",text:u(n)})),{row:i,input:t}}function z(e,...t){e.replaceChildren(...t.flat().filter(Boolean)),window.scrollTo(0,0)}function Q(e){let t=e&&e.appCode?e.appCode:e&&e.name==="MappeError"&&e.code?e.code:"internal",n=e&&e.appCode?e.appCode:`error-${t}`,r=a("div",{class:"notice error",role:"alert","data-error":t},a("p",{text:u(n,e&&e.args)}));return t==="bad_input"&&e.message&&r.append(a("p",{class:"detail",dir:"auto",text:u("error-detail",{detail:e.message})})),t==="internal"&&e&&console.warn("mappe internal error",e),r}var T=(e,t,n="info")=>a("div",{class:`notice ${n}`,role:"status","data-notice":e},a("p",{text:u(e,t)}));function ke(e,t){try{return new Intl.DateTimeFormat(t,{dateStyle:"medium",timeStyle:"short"}).format(new Date(e*1e3))}catch{return new Date(e*1e3).toISOString()}}async function B(e,t,n){e.disabled=!0,t.replaceChildren();try{return await n()}catch(r){t.replaceChildren(Q(r));return}finally{e.disabled=!1}}function I(e,t){let n=new Error(t||e);return n.appCode=e,n}J();re();q();J();re();q();J();re();var yt="mappe-backup/1";function ft(e){let t="";for(let n=0;n<e.length;n+=32768)t+=String.fromCharCode(...e.subarray(n,n+32768));return btoa(t)}function mt(e){if(typeof e!="string"||!/^[A-Za-z0-9+/]*={0,2}$/.test(e))throw new Error("not base64");let t=atob(e),n=new Uint8Array(t.length);for(let r=0;r<t.length;r++)n[r]=t.charCodeAt(r);return n}function mn({keystore:e,wallet:t,attachments:n}){return JSON.stringify({format:yt,keystore:ft(e),wallet:ft(t),attachments:n.map(([r,i])=>[r,ft(i)])})}function yn(e){let t=JSON.parse(e);if(!t||typeof t!="object"||t.format!==yt)throw new Error(`not ${yt}`);if(!Array.isArray(t.attachments)||t.attachments.length>1e4)throw new Error("bad attachments");let n=t.attachments.map(s=>{if(!Array.isArray(s)||s.length!==2||typeof s[0]!="string"||!/^[0-9a-z]{1,64}$/.test(s[0]))throw new Error("bad attachment entry");return[s[0],mt(s[1])]}),r=mt(t.keystore),i=mt(t.wallet);if(!r.length||!i.length)throw new Error("empty part");return{keystore:r,wallet:i,attachments:n}}q();function gn(e,t){let n=a("div",{class:"out"}),r=g("backup-export",()=>B(r,n,async()=>{let i=mn(await un()),s=URL.createObjectURL(new Blob([i],{type:"application/json"})),o=new Date().toISOString().slice(0,10),c=a("a",{href:s,download:`mappe-backup-${o}.json`,class:"visually-hidden","data-backup-link":""});document.body.append(c),c.click(),setTimeout(()=>{c.remove(),URL.revokeObjectURL(s)},6e4)}),{class:"primary","data-action":"export"});z(e,h("h1","backup-title"),h("p","backup-intro"),r,h("p","backup-storage-note",void 0,{class:"hint"}),a("hr"),Le(e,t),n),t.ready()}function Le(e,t){let n=a("div",{class:"out"}),r=a("input",{type:"file",accept:"application/json,.json",class:"visually-hidden","data-restore-file":""}),i=g("backup-restore",()=>r.click(),{class:"link","data-action":"restore"});return r.addEventListener("change",()=>B(i,n,async()=>{let s=r.files&&r.files[0];if(!s)return;let o;try{o=yn(await s.text()),(await F()).keystoreFingerprint(o.keystore)}catch{throw I("backup-bad")}let c=g("backup-restore",()=>B(c,n,async()=>{await hn(o),v.wallet&&he("restored"),t.go("start",{notice:"backup-restored"})}),{class:"danger","data-action":"confirm-restore"});n.replaceChildren(a("div",{class:"confirm",role:"alertdialog"},h("p","backup-restore-warning",void 0,{class:"warning"}),a("div",{class:"actions"},c)))})),a("div",{class:"restore"},i,r,n)}var Dr=8,_e=e=>a("input",{type:"password",autocomplete:e,required:!0,class:"wide"});async function gt(e,t,n){await ot()?Pr(e,t,n):Mr(e,t)}function Pr(e,t,n){let r=C("passphrase",_e("current-password")),i=a("div",{class:"out"}),s=g("unlock",()=>o(),{class:"primary","data-action":"unlock"}),o=()=>B(s,i,async()=>{let[c,p,l]=await Promise.all([F(),ot(),Se()]),y=c.unlockWallet(p,l,r.input.value);$e(y),r.input.value="",t.go("home")});r.input.addEventListener("keydown",c=>c.key==="Enter"&&o()),z(e,h("h1","start-unlock-title"),n==="idle"?T("locked-idle"):null,a("form",{class:"card",on:{submit:c=>c.preventDefault()}},r.row,s),i,a("div",{class:"links"},h("p","start-forgot"),g("start-recover",()=>bn(e,t),{class:"link"}),Le(e,t))),t.ready(),r.input.focus()}function Mr(e,t){let n=C("passphrase",_e("new-password")),r=C("passphrase-again",_e("new-password")),i=a("div",{class:"out"}),s=g("create",()=>B(s,i,async()=>{vn(n.input.value,r.input.value);let c=(await F()).createWallet(n.input.value);await lt(c.keystore,c.wallet.save()),$e(c.wallet),n.input.value=r.input.value="",kn(e,t,c.recoveryCode)}),{class:"primary","data-action":"create"});z(e,h("p","app-tagline",void 0,{class:"tagline"}),h("h1","start-create-title"),h("p","start-create-intro"),a("form",{class:"card",on:{submit:o=>o.preventDefault()}},n.row,r.row,s),i,a("div",{class:"links"},h("p","start-forgot"),g("start-recover",()=>bn(e,t),{class:"link"}),Le(e,t))),t.ready()}function vn(e,t){if(e!==t)throw I("passphrase-mismatch");if([...e].length<Dr)throw I("passphrase-short")}var wn=e=>e.split(/[-\s]+/).filter(Boolean);function kn(e,t,n){let r=wn(n),i=a("ol",{class:"recovery-code","data-recovery-code":"",dir:"ltr",translate:"no"},r.map(s=>a("li",{},a("span",{class:"code-group",text:s}))));z(e,a("section",{class:"recovery print-area"},h("h1","recovery-title"),h("p","recovery-intro"),i,h("p","recovery-once",void 0,{class:"warning"})),a("div",{class:"actions no-print"},g("print",()=>window.print()),g("recovery-written",()=>Tr(e,t,n),{class:"primary","data-action":"written"}))),t.ready()}function Tr(e,t,n){let r=wn(n),i=Math.max(1,Math.floor(r.length/2)),s=[crypto.getRandomValues(new Uint32Array(1))[0]%i,i+crypto.getRandomValues(new Uint32Array(1))[0]%(r.length-i)],o=s.map(y=>C("recovery-confirm-group",a("input",{type:"text",autocomplete:"off",autocapitalize:"characters",spellcheck:"false",dir:"ltr",class:"code-input","data-group":y+1})));o.forEach((y,m)=>y.row.querySelector("label").textContent=u("recovery-confirm-group",{n:s[m]+1}));let c=a("div",{class:"out"}),p=y=>y.toUpperCase().replace(/[^0-9A-Z]/g,""),l=g("recovery-confirm-ok",()=>{c.replaceChildren(),s.every((y,m)=>p(o[m].input.value)===p(r[y]))?t.go("home"):c.append(T("recovery-confirm-wrong",void 0,"error"))},{class:"primary","data-action":"confirm-code"});z(e,h("h1","recovery-confirm-title"),a("form",{class:"card",on:{submit:y=>y.preventDefault()}},o.map(y=>y.row),l),c,g("recovery-show-again",()=>kn(e,t,n),{class:"link"}))}function bn(e,t){let n=C("recover-code",a("textarea",{rows:3,autocomplete:"off",autocapitalize:"characters",spellcheck:"false",dir:"ltr",class:"wide"})),r=C("recover-relay",a("input",{type:"url",dir:"ltr",class:"wide",value:location.origin}),"recover-relay-hint"),i=C("passphrase",_e("new-password")),s=C("passphrase-again",_e("new-password")),o=a("div",{class:"out"}),c=g("recover-go",()=>B(c,o,async()=>{vn(i.input.value,s.input.value);let p=await F();p.checkRecoveryCode(n.input.value);let{wallet:l,keystore:y}=p.recoverWallet(n.input.value,i.input.value);await lt(y,l.save()),$e(l);let m=r.input.value.trim();if(n.input.value=i.input.value=s.input.value="",!m)return t.go("home",{notice:"recover-empty"});try{let{syncState:b}=await X("syncOp",Z,m,null,R());return await Ie({relay:m,syncState:b,lastAt:R()}),await U("relay",m),await O(),t.go("home",{notice:"recover-synced"})}catch(b){return t.go("home",{notice:"recover-empty",error:b})}}),{class:"primary","data-action":"recover"});z(e,h("h1","recover-title"),h("p","recover-intro"),a("form",{class:"card",on:{submit:p=>p.preventDefault()}},n.row,r.row,i.row,s.row,c),o,g("back",()=>gt(e,t),{class:"link"}))}q();re();J();q();function Fe(){let e=new Map;try{for(let t of v.wallet.attestations(R()))e.set(t.entry,t)}catch(t){console.warn("attestations",t)}return e}function Nr(e){let t=new Date((e-1)*1e3);try{return new Intl.DateTimeFormat(L(),{dateStyle:"medium",timeZone:"UTC"}).format(t)}catch{return t.toISOString().slice(0,10)}}function vt(e){let t=`claim-${e}`,n=u(t);return n===t?e:n}function wt(e,t){if(t===!0)return u("claim-yes");if(t===!1)return u("claim-no");if(t==null)return"";if(typeof t!="string")return JSON.stringify(t);if(e==="kind"){let n=`kind-${t}`,r=u(n);if(r!==n)return r}return t}function kt(e){let t={name:e.issuerName||u("attest-some-office"),date:Nr(e.expiresAt)};return a("p",{class:e.expired?"badge expired":"badge confirmed","data-badge":e.expired?"expired":"confirmed"},a("span",{class:"badge-mark","aria-hidden":"true",text:e.expired?"!":"✓"}),a("span",{text:u(e.expired?"attest-badge-expired":"attest-badge",t)}))}function Sn(e){let t=a("dl",{class:"facts small attest-facts"},Object.entries(e.claims).flatMap(([n,r])=>[a("dt",{text:vt(n)}),a("dd",{dir:"auto","data-claim":n,text:wt(n,r)})]));return a("div",{class:"attest","data-attestation":e.expired?"expired":"confirmed","data-entry":e.entry},kt(e),h("p","attest-facts",void 0,{class:"label"}),t)}async function $n(e,t){let n=v.wallet.publicKey(),r=v.wallet.fingerprint(),i=n.match(/.{1,4}/g),s=await F(),o=URL.createObjectURL(new Blob([s.qrSvg(n)],{type:"image/svg+xml"})),c=a("div",{class:"out"}),p=g("key-copy",async()=>{c.replaceChildren();try{await navigator.clipboard.writeText(n),c.append(T("key-copied",void 0,"ok"))}catch{c.append(T("key-copy-failed",void 0,"error"))}},{"data-action":"copy-key"});z(e,a("section",{class:"key-screen","data-key":n,"data-fingerprint":r},h("h1","key-title"),h("p","key-intro"),a("div",{class:"card"},h("p","key-key",void 0,{class:"label"}),a("p",{class:"key-hex","data-key-text":"",dir:"ltr",lang:"en"},i.map(l=>a("span",{text:l}))),h("p","key-fingerprint",void 0,{class:"label"}),a("p",{class:"key-fp",dir:"ltr","data-key-fingerprint":"",text:r}),h("p","key-fingerprint-hint",void 0,{class:"hint"}),a("img",{src:o,class:"qr key-qr",alt:n}),p,c),h("p","key-not-secret",void 0,{class:"hint"}),g("back",t,{class:"link","data-action":"back"})))}function Cr(e){if(!e||e.name!=="MappeError")return e;let t=e.detail||"",n=null;if(e.code==="integrity"?n="attest-error-integrity":e.code==="expired"?n="attest-error-expired":e.code==="bad_input"?t==="other_holder"?n="attest-error-other_holder":t==="not_yet_valid"?n="attest-error-not_yet_valid":t==="bad_input"?n="attest-error-wrong_paper":n="attest-error-unreadable":e.code==="too_large"&&(n="attest-error-unreadable"),!n)return e;let r=I(n,e.message);return r.coreCode=e.code,r.detail=t,r}var Ir=16*1024*1024;function xn(e,t,n,{done:r,cancel:i,scanCamera:s}){let o=a("textarea",{rows:5,class:"wide attest-text",dir:"ltr",spellcheck:"false",autocapitalize:"off",autocomplete:"off",id:"attest-text","data-input":"attestation"}),c=a("div",{class:"out"}),p=a("div",{class:"camera-slot"}),l=a("input",{type:"file",accept:".sdjwt,.txt,text/plain,image/*",class:"visually-hidden","data-file":"attestation"}),y=()=>{c.firstChild&&c.scrollIntoView({block:"center"})};l.addEventListener("change",()=>B(m,c,async()=>{let _=l.files&&l.files[0];if(l.value="",!_)return;if(_.size>Ir)throw I("attest-error-unreadable");let E=new Uint8Array(await _.slice(0,8).arrayBuffer()),x=_.type.startsWith("image/")||E[0]===137&&E[1]===80||E[0]===255&&E[1]===216,f;if(x){let{readImageQr:S}=await import("./scan.js");if(f=await S(_),!f)throw I("attest-no-code")}else f=await _.text();await N(f)}).then(y));let m=g("attest-file",()=>l.click(),{"data-action":"attest-file"}),b=g("attest-scan",()=>B(b,c,async()=>{let _=await s(p,"attest-scan-title","attest-no-camera");_&&await N(_)}).then(y),{"data-action":"attest-scan"}),$=g("attest-import",()=>B($,c,()=>N(o.value)).then(y),{class:"primary","data-action":"import-attestation"});async function N(_){let E=String(_||"").trim();if(!E)throw I("attest-empty");try{v.wallet.importAttestation(E,t,R())}catch(x){throw Cr(x)}await O(),r("attest-added")}z(e,h("h1","attest-title"),a("p",{class:"attest-paper",dir:"auto","data-paper":t,text:n}),h("p","attest-intro"),a("form",{class:"card","data-form":"attestation",on:{submit:_=>_.preventDefault()}},a("div",{class:"field"},a("label",{for:"attest-text",text:u("attest-paste"),"data-t":"attest-paste"}),o),$,h("p","attest-or",void 0,{class:"label or"}),a("div",{class:"actions"},m,b),l,p),c,g("cancel",i,{class:"link"}))}J();q();re();var Rr=86400,le=(e,t,n,r,i)=>a("label",{class:"choice"},a("input",{type:"radio",name:e,value:t,checked:i}),a("span",{text:u(n,r)}));function Lr(e){return e?e.expired?a("div",{class:"attest-choice","data-attest-item":e.entry},kt(e)):a("fieldset",{class:"attest-choice","data-attest-item":e.entry},a("legend",{text:u("share-attest-title",{name:e.issuerName||u("attest-some-office")})}),Object.entries(e.claims).map(([t,n])=>a("label",{class:"choice fact"},a("input",{type:"checkbox",value:t,"data-claim":t}),a("span",{},a("span",{class:"fact-name",text:vt(t)}),a("span",{class:"fact-value",dir:"auto",text:wt(t,n)})))),h("p","share-attest-hint",void 0,{class:"hint"})):null}async function bt(e,t){let n=v.wallet.fieldChoices(L()),r=Fe(),i=new Set(v.wallet.endedEntries(Math.floor(Date.now()/1e3))),s=new Map;for(let f of n)s.has(f.group)||s.set(f.group,[]),s.get(f.group).push(f);let o=a("fieldset",{class:"card","data-choices":""},a("legend",{text:u("share-what")}),[...s].map(([f,S])=>a("div",{class:"group"},a("h3",{"data-group":f,text:["profile","cv","certificates","residence"].includes(f)?u(`section-${f}`):f}),S.flatMap(w=>[a("label",{class:"choice"},a("input",{type:"checkbox",value:w.path,"data-path":w.path}),a("span",{dir:"auto",text:w.label}),i.has(w.path)?a("span",{class:"ended","data-badge":"paper-expired",text:u("urgency-expired")}):null),Lr(r.get(w.path))])))),c=a("fieldset",{class:"card"},a("legend",{text:u("share-expiry")}),[7,30,90].map(f=>le("expiry",String(f),"share-days",{days:f},f===30))),p=a("fieldset",{class:"card"},a("legend",{text:u("share-opens")}),[1,3,10].map(f=>le("opens",String(f),"share-opens-count",{count:f},f===3)),le("opens","","share-opens-unlimited",void 0,!1)),l=a("fieldset",{class:"card"},a("legend",{text:u("share-live")}),le("live","no","share-live-no",void 0,!0),le("live","yes","share-live-yes",void 0,!1)),y=null,m=a("div",{class:"office"}),b=a("fieldset",{class:"card"},a("legend",{text:u("share-who")}),le("who","anyone","share-who-anyone",void 0,!0),le("who","office","share-who-office",void 0,!1),m),$=a("input",{type:"text",dir:"auto",class:"wide",maxlength:200,id:"share-purpose"}),N=a("div",{class:"out"}),_=async f=>{let w=(await F()).parseAgencyCard(f.trim());y=f.trim(),m.replaceChildren(a("p",{class:"office-name",dir:"auto","data-office":"",text:u("share-office",{name:w.name,fingerprint:w.fingerprint})}))};b.addEventListener("change",()=>{let f=b.querySelector("input[value=office]").checked;if(y=null,m.replaceChildren(),!f)return;let S=a("input",{type:"file",accept:"application/json,.json,image/*",class:"visually-hidden"});S.addEventListener("change",()=>B(A,N,async()=>{let P=S.files&&S.files[0];if(P)if(P.type.startsWith("image/")){let{readImageQr:ae}=await import("./scan.js"),fe=await ae(P);if(!fe)throw I("scan-no-code");await _(fe)}else await _(await P.text())}));let w=g("share-scan-card",()=>B(w,N,async()=>{let P=await St(m);P&&await _(P)}),{"data-action":"scan-card"}),A=g("share-card-file",()=>S.click());m.replaceChildren(a("div",{class:"actions"},w,A),S)});let E=()=>{let f=[...o.querySelectorAll("input[data-path]:checked")].map(P=>P.value),S=[...o.querySelectorAll("[data-attest-item]")].map(P=>({item:P.dataset.attestItem,claims:[...P.querySelectorAll("input[data-claim]:checked")].map(ae=>ae.value)})).filter(P=>P.claims.length);if(!f.length)throw I(S.length?"share-attest-nothing":"share-nothing");let w=P=>e.querySelector(`input[name=${P}]:checked`).value,A=w("who")==="office";if(A&&!y)throw I("share-scan-card");return{relay:t.relay(),fields:f,expiresAt:R()+Number(w("expiry"))*Rr,maxOpens:w("opens")?Number(w("opens")):null,live:w("live")==="yes",lang:L(),purpose:$.value.trim()||null,audience:A?y:null,attest:S}},x=g("share-preview",()=>B(x,N,async()=>{let f=E(),S=v.wallet.sharePreview(f,R());Fr(e,t,f,S)}),{class:"primary","data-action":"preview"});z(e,h("h1","share-title"),o,c,p,l,b,a("div",{class:"card field"},a("label",{for:"share-purpose",text:u("share-purpose")}),$),x,N),t.ready()}async function St(e,t="scan-title",n="scan-no-camera"){let{readVideoQr:r}=await import("./scan.js"),i;try{i=await navigator.mediaDevices.getUserMedia({video:{facingMode:"environment"},audio:!1})}catch{throw I(n)}let s=[...e.childNodes],o=!1,c=a("video",{class:"camera",playsinline:!0,muted:!0});c.srcObject=i,e.replaceChildren(h("p",t),c,g("cancel",()=>o=!0));try{return await c.play(),await r(c,()=>o)}finally{for(let p of i.getTracks())p.stop();e.replaceChildren(...s)}}function Fr(e,t,n,r){let i=a("div",{class:"out"}),s=g("share-confirm",()=>B(s,i,async()=>{if(!navigator.onLine)throw I("share-relay-needed");let o=await X("shareOp",Z,n,R());await O(),await U("relay",n.relay),Or(e,t,o)}),{class:"primary","data-action":"confirm-share"});z(e,h("h1","share-consent-title"),a("div",{class:"consent card",lang:n.lang,dir:Ze(n.lang)?"rtl":"ltr","data-consent":"",text:r.consentText}),a("div",{class:"actions"},s,g("back",()=>bt(e,t))),i)}function Or(e,t,n){let r=URL.createObjectURL(new Blob([n.qrSvg],{type:"image/svg+xml"}));z(e,a("section",{class:"qr-full","data-share-id":n.shareId,"data-share-url":n.url},h("h1","share-qr-title"),a("img",{src:r,class:"qr",alt:n.url}),g("share-qr-done",()=>t.go("shares"),{class:"primary"})))}var _n=["given_names","family_name","birth_date","birth_place","nationality","contact.phone","contact.email","contact.address"],Gr=["A1","A2","B1","B2","C1","C2"],Kr=["permitted","permitted_with_approval","not_permitted"],Wr={expired:"!!",within_30_days:"!",within_90_days:"◷",info:"i"},En={cv:{title:"section-cv",add:"add-cv",kinds:["education","work","training","other"],fields:[["title","text",!0],["organisation"],["place"],["from","date"],["to","date"],["description","textarea"]],scan:!1},certificates:{title:"section-certificates",add:"add-certificate",kinds:["language","qualification","recognition","other"],fields:[["title","text",!0],["issuer"],["issued_on","date"],["cefr_level","level"],["exam"]],scan:!0},residence:{title:"section-residence",add:"add-residence",kinds:["aufenthaltserlaubnis","niederlassungserlaubnis","aufenthaltsgestattung","duldung","fiktionsbescheinigung","visa","eu_citizen","other"],fields:[["number"],["issued_on","date"],["valid_until","date"],["authority"],["legal_basis","text",!1,"legal_basis-hint"],["work","work"],["conditions","textarea"]],scan:!0}},An=()=>JSON.parse(v.wallet.json()),zn=e=>`profile-${e.replace(".","_")}`,$t=(e,t)=>t.startsWith("contact.")?e.contact[t.slice(8)]:e[t],Oe=e=>a("dd",{dir:"auto",text:e}),jr=()=>Math.floor(Date.now()/1e3);function Bn(e){if(!/^\d{4}-\d{2}-\d{2}$/.test(e||""))return e||"";try{return new Intl.DateTimeFormat(L(),{dateStyle:"medium",timeZone:"UTC"}).format(new Date(`${e}T00:00:00Z`))}catch{return e}}function Ur(e,t){if(!t.length)return null;let n=new Map(e.residence.map(s=>[`residence/${s.id}`,s])),r=s=>{if(s.kind.startsWith("residence_"))return u(`kind-${s.label}`);if(s.kind.startsWith("attestation_")){let o=n.get(s.subject),c=o?null:e.certificates.find(l=>`certificates/${l.id}`===s.subject);return[o?u(`kind-${o.kind}`):c?c.title:"",u("notice-confirmation",{name:s.label})].filter(Boolean).join(" · ")}return s.label?u(s.kind==="live_share_stopped"?"notice-live-share":"notice-share",{name:s.label}):u("shares-for-anyone")},i=s=>{let o={date:Bn(s.date),days:s.days_left??0};return s.kind==="residence_superseded"?u("notice-superseded",o):s.kind==="live_share_stopped"?u("notice-live-stopped"):s.kind==="share_never_opened"?u("notice-unopened",o):s.kind==="share_expiring"?u("notice-share-ends",o):u(s.urgency==="expired"||s.kind.endsWith("_expired")?"notice-ended":"notice-left",o)};return a("section",{class:"section attention","data-section":"attention","aria-labelledby":"attention-title"},h("h2","attention-title",void 0,{id:"attention-title"}),a("ol",{class:"notices"},t.map(s=>a("li",{class:`notice-item urgency-${s.urgency}`,"data-notice-kind":s.kind,"data-urgency":s.urgency,"data-subject":s.subject},a("p",{class:"urgency"},a("span",{class:"urgency-mark","aria-hidden":"true",text:Wr[s.urgency]||"i"}),a("span",{text:u(`urgency-${s.urgency}`)})),a("h3",{dir:"auto",text:r(s)}),a("p",{class:"notice-line",dir:"auto",text:i(s)}),s.advice?a("p",{class:"advice","data-advice":s.advice,text:u(s.advice)}):null))))}function ee(e,t,n={}){let r=An(),i=r.profile,s=a("dl",{class:"facts"},_n.flatMap(y=>{let m=$t(i,y),b=m?Oe(m):h("dd","not-set",void 0,{class:"unset"});return b.dataset.field=y,[h("dt",zn(y)),b]}),i.aliases.length?[h("dt","profile-aliases"),Oe(i.aliases.join(", "))]:[],i.languages.length?[h("dt","profile-languages"),Oe(i.languages.map(y=>`${y.language} (${y.level})`).join(", "))]:[]),o=Fe(),c=jr(),p=new Set(v.wallet.endedEntries(c)),l=Object.entries(En).map(([y,m])=>{let b=r[y];return a("section",{class:"section","data-section":y},h("h2",m.title),b.length?a("ul",{class:"items"},b.map($=>qr(e,t,y,m,$,r,o.get(`${y}/${$.id}`),p.has(`${y}/${$.id}`)))):h("p","empty-section",void 0,{class:"unset"}),g(m.add,()=>Dn(e,t,y),{class:"add","data-add":y}),y==="cv"?g("cv-open",()=>t.go("cv"),{class:"cv-open","data-action":"open-cv"}):null)});z(e,n.notice?T(n.notice):null,n.error?Q(n.error):null,h("h1","home-title"),Ur(r,v.wallet.notices(c,v.opens)),a("section",{class:"section","data-section":"profile"},h("h2","section-profile"),s,g("profile-edit",()=>Hr(e,t),{"data-action":"edit-profile"})),l,a("p",{class:"fingerprint"},a("span",{text:u("fingerprint",{fingerprint:v.wallet.fingerprint()})})),g("key-open",()=>$n(e,()=>ee(e,t)),{class:"link key-open","data-action":"my-key"})),t.ready()}function qr(e,t,n,r,i,s,o,c){let p=i.title||u(`kind-${i.kind}`),l=a("dl",{class:"facts small"});i.title&&l.append(h("dt","field-kind"),a("dd",{text:u(`kind-${i.kind}`)}));for(let[f]of r.fields){if(f==="title"||i[f]==null)continue;let S=f==="work"?u(`work-${i.work}`):String(i[f]);l.append(h("dt",`field-${f}`),Oe(S))}let y=a("div",{class:"scan-out"}),m=i.attachment?s.attachments.find(f=>f.id===i.attachment):null,b=a("li",{class:"item","data-item":i.id},a("h3",{dir:"auto",text:p}),c?a("p",{class:"badge expired","data-badge":"paper-expired"},a("span",{class:"badge-mark","aria-hidden":"true",text:"!"}),a("span",{text:u("paper-expired",{date:Bn(i.valid_until)})})):null,l,o?Sn(o):null,m?g("scan-show",f=>Vr(f.currentTarget,y,m),{"data-action":"show-scan"}):null,y),$=a("div",{class:"actions"},g("edit",()=>Dn(e,t,n,i),{"data-action":"edit"}),g("remove",()=>x(),{"data-action":"remove"})),_=n==="residence"||n==="certificates"?g(o?"attest-renew":"attest-add",()=>xn(e,`${n}/${i.id}`,p,{done:f=>ee(e,t,{notice:f}),cancel:()=>ee(e,t),scanCamera:St}),{class:"attest-add","data-action":"add-attestation"}):null,E=a("div",{class:"out"});b.append(...[$,_,E].filter(Boolean));function x(){let f=g("yes-remove",()=>B(f,E,async()=>{let S=v.wallet.removeItem(n,i.id)||[];await O({remove:Array.from(S)}),ee(e,t,{notice:"saved"})}),{class:"danger","data-action":"confirm-remove"});E.replaceChildren(a("div",{class:"confirm",role:"alertdialog"},h("p","remove-confirm"),a("div",{class:"actions"},f,g("cancel",()=>E.replaceChildren()))))}return b}async function Vr(e,t,n){await B(e,t,async()=>{let r=await Ce(n.id);if(!r)throw I("error-not_found");let i=v.wallet.readAttachment(n.id,r),s=URL.createObjectURL(new Blob([i],{type:n.media_type}));n.media_type.startsWith("image/")?t.replaceChildren(a("img",{src:s,class:"scan",alt:n.name,"data-scan":n.id})):t.replaceChildren(a("a",{href:s,download:n.name,class:"btn","data-scan":n.id,dir:"auto",text:n.name}))})}function Yr(e){return e[0]===255&&e[1]===216&&e[2]===255?"image/jpeg":e[0]===137&&e[1]===80&&e[2]===78&&e[3]===71?"image/png":String.fromCharCode(...e.subarray(0,5))==="%PDF-"?"application/pdf":null}function Ee(e,t){return e==="textarea"?a("textarea",{rows:4,dir:"auto",class:"wide"},t||""):e==="work"?a("select",{class:"wide"},a("option",{value:"",text:u("work-none")}),Kr.map(n=>a("option",{value:n,text:u(`work-${n}`),selected:t===n}))):e==="level"?a("select",{class:"wide"},a("option",{value:"",text:u("level-none")}),Gr.map(n=>a("option",{value:n,text:n,selected:t===n}))):a("input",{type:"text",dir:"auto",class:"wide",value:t||"",inputmode:e==="date"?"numeric":null,placeholder:e==="date"?"2024-05-31":null})}function Dn(e,t,n,r){let i=En[n],s=r?r.kind:i.kinds[0],o=a("fieldset",{class:"field kinds","data-kinds":""},a("legend",{text:u("field-kind"),"data-t":"field-kind"}),i.kinds.map(x=>a("label",{class:"choice"},a("input",{type:"radio",name:`kind-${n}`,value:x,checked:x===s}),a("span",{text:u(`kind-${x}`)})))),c={row:o,get input(){return o.querySelector("input:checked")||{value:s}}},p=i.fields.map(([x,f,,S])=>[x,C(`field-${x}`,Ee(f,r&&r[x]),f==="date"?"date-hint":S||null)]),l=null,y=a("p",{class:"file-note",dir:"auto"}),m=x=>{let f=a("input",{type:"file",accept:"image/*,application/pdf",capture:x?"environment":null,class:"visually-hidden","data-file":x?"camera":"file"});return f.addEventListener("change",async()=>{let S=f.files&&f.files[0];if(!S)return;let w=new Uint8Array(await S.arrayBuffer()),A=Yr(w);if(_.replaceChildren(),!A){l=null,y.textContent="",_.append(T("scan-bad-type",void 0,"error"));return}l={bytes:w,name:S.name||"scan",type:A},y.textContent=S.name}),f},b=m(!0),$=m(!1),N=i.scan?a("div",{class:"field"},h("p","field-scan",void 0,{class:"label"}),a("div",{class:"actions"},g("scan-camera",()=>b.click()),g("scan-file",()=>$.click())),b,$,h("p","scan-hint",void 0,{class:"hint"}),y):null,_=a("div",{class:"out"}),E=g("save",()=>B(E,_,async()=>{let x={kind:c.input.value};for(let[A,P]of p)x[A]=P.input.value.trim()===""?null:P.input.value.trim();i.scan&&(x.attachment=r?r.attachment:null);let f=v.wallet,S=r&&r.id;r?f.updateItem(n,S,x):S=f.addItem(n,x);let w=[];if(l){let A=f.addAttachment(n,S,l.bytes,l.name,l.type);w.push([A.id,A.blob])}await O({put:w}),ee(e,t,{notice:"saved"})}),{class:"primary","data-action":"save"});z(e,h("h1",i.add),a("form",{class:"card","data-form":n,on:{submit:x=>x.preventDefault()}},c.row,p.map(([,x])=>x.row),N,E),_,g("cancel",()=>ee(e,t),{class:"link"}))}function Hr(e,t){let n=An().profile,r=_n.map(l=>[l,C(zn(l),l==="contact.address"?Ee("textarea",n.contact.address):Ee(l==="birth_date"?"date":"text",$t(n,l)),l==="birth_date"?"date-hint":null)]),i=C("profile-aliases",Ee("textarea",n.aliases.join(`
`))),s=C("profile-languages",Ee("textarea",n.languages.map(l=>`${l.language}:${l.level}`).join(`
`))),o=a("div",{class:"out"}),c=l=>l.split(`
`).map(y=>y.trim()).filter(Boolean),p=g("save",()=>B(p,o,async()=>{let l=v.wallet;for(let[m,b]of r){let $=b.input.value.trim()||null;$!==($t(n,m)??null)&&l.setProfile(m,$)}i.input.value.trim()!==n.aliases.join(`
`)&&l.setAliases(c(i.input.value));let y=n.languages.map(m=>`${m.language}:${m.level}`).join(`
`);s.input.value.trim()!==y&&l.setLanguages(c(s.input.value)),await O(),ee(e,t,{notice:"saved"})}),{class:"primary","data-action":"save"});z(e,h("h1","profile-edit"),a("form",{class:"card","data-form":"profile",on:{submit:l=>l.preventDefault()}},r.map(([,l])=>l.row),i.row,s.row,p),o,g("cancel",()=>ee(e,t),{class:"link"}))}q();var Qr=5*1024*1024;function Jr(){let e=new Date,t=n=>String(n).padStart(2,"0");return`${e.getFullYear()}-${t(e.getMonth()+1)}-${t(e.getDate())}`}var Zr=794,Pn=()=>a("div",{class:"notice error",role:"alert","data-error":"cv-photo"},h("p","cv-photo-bad"));function Mn(e,t,n={}){let r=n,i=r.photo||null,s=["de",...ne.filter(w=>w!=="de")],o=a("fieldset",{class:"field kinds","data-cv-lang":""},a("legend",{text:u("cv-lang"),"data-t":"cv-lang"}),s.map(w=>a("label",{class:"choice"},a("input",{type:"radio",name:"cv-lang",value:w,checked:w===(r.cvLang||"de")}),a("span",{lang:w,text:Te(w)}))),h("p","cv-lang-hint",void 0,{class:"hint"})),c=C("cv-place",a("input",{type:"text",dir:"auto",class:"wide",maxlength:100,autocomplete:"address-level2",value:r.place||"","data-cv-place":""}),"cv-place-hint"),p=a("p",{class:"file-note",dir:"auto","data-cv-photo-name":"",text:r.photoName||""}),l=a("input",{type:"file",accept:"image/jpeg,image/png",class:"visually-hidden","data-file":"cv-photo"}),y=g("cv-photo-none",()=>S(null,""),{class:"link","data-action":"cv-no-photo",hidden:!i});l.addEventListener("change",async()=>{let w=l.files&&l.files[0];if(l.value="",!!w){if(w.size>Qr){E.replaceChildren(Pn());return}S(new Uint8Array(await w.arrayBuffer()),w.name)}});let m=a("div",{class:"field"},h("p","cv-photo",void 0,{class:"label"}),a("div",{class:"actions"},g("cv-photo-pick",()=>l.click(),{"data-action":"cv-photo"}),y),l,h("p","cv-photo-hint",void 0,{class:"hint"}),p),b=a("iframe",{class:"cv-preview",title:u("cv-preview"),sandbox:"allow-same-origin allow-modals","data-cv-preview":""}),$=a("div",{class:"cv-sheet"},b),N=()=>{let w=b.contentDocument;if(!w||!w.documentElement||!$.clientWidth)return;let A=Math.min(1,$.clientWidth/Zr),P=w.documentElement.scrollHeight;b.style.height=`${P}px`,b.style.transform=`scale(${A})`,$.style.height=`${Math.ceil(P*A)}px`};b.addEventListener("load",N);let _=()=>$.isConnected?N():removeEventListener("resize",_);addEventListener("resize",_);let E=a("div",{class:"out","data-cv-out":""}),x=g("cv-print",()=>b.contentWindow&&b.contentWindow.print(),{class:"primary","data-action":"cv-print",disabled:!0});function f(){let w=o.querySelector("input:checked")?.value||"de";Object.assign(r,{cvLang:w,place:c.input.value,photo:i,photoName:p.textContent});try{let A=v.wallet.cvHtml(w,i,c.input.value,Jr());E.replaceChildren(),b.srcdoc=A,x.disabled=!1}catch(A){if(A&&(A.detail==="not_a_photo"||i&&A.code==="too_large")){S(null,""),E.replaceChildren(Pn());return}E.replaceChildren(Q(A)),x.disabled=!0}}function S(w,A){i=w,p.textContent=A,y.hidden=!w,f()}o.addEventListener("change",f),c.input.addEventListener("change",f),z(e,h("h1","cv-title"),h("p","cv-intro",void 0,{class:"hint"}),a("form",{class:"card","data-form":"cv",on:{submit:w=>w.preventDefault()}},o,m,c.row),E,h("h2","cv-preview"),$,x,h("p","cv-print-hint",void 0,{class:"hint"}),g("back",()=>t.go("home"),{class:"link","data-action":"back"})),f(),t.ready()}J();q();var Xr={profile:"profile",cv:"cv",certificates:"certificates",residence:"residence"},ea=["active","pending","revoked","expired","used_up"];async function xt(e,t,n={}){let r=a("div",{class:"out"}),i=l=>l,s=a("ul",{class:"items","data-shares":""}),o=g("shares-refresh",()=>c(),{"data-action":"refresh"});z(e,n.notice?T(n.notice):null,h("h1","shares-title"),o,r,s),t.ready();async function c(){await B(o,r,async()=>{let l;try{l=await X("sharesOp",Z,R())}catch(m){throw m&&m.code==="unreachable"&&r.append(T("shares-offline")),m}await O(),v.opens=Object.fromEntries(l.filter(m=>m.status==="active"&&Number.isInteger(m.opens)).map(m=>[m.shareId,m.opens]));let y=new Map(v.wallet.fieldChoices(L()).map(m=>[m.path,m.label]));i=m=>y.get(m)||u(`section-${Xr[m.split(/[./]/)[0]]||"profile"}`),s.replaceChildren(...l.length?l.map(m=>p(m)):[h("li","shares-none",void 0,{class:"unset"})])})}function p(l){let y=ea.includes(l.status)?l.status:"unknown",m=a("div",{class:"out"}),b=a("li",{class:`item share status-${y}`,"data-share":l.shareId},a("p",{class:"status",text:u(`status-${y}`)}),a("p",{dir:"auto",text:l.audience?u("shares-for-office",{name:l.audience.name||l.audience}):u("shares-for-anyone")}),a("p",{class:"fields",dir:"auto",text:(l.fields||[]).map($=>i($)).join(", ")}),l.expiresAt?a("p",{text:u("shares-until",{date:ke(l.expiresAt,L())})}):null,l.live?h("p","shares-live"):null,a("p",{text:u("shares-opened",{count:l.opens||0})}),(l.log||[]).length?a("ul",{class:"log"},l.log.map($=>a("li",{dir:"auto",text:u("shares-log-line",{date:ke($.at,L()),by:$.by&&$.by.kind!=="bearer"?$.by.name||$.by.key:u("shares-by-bearer")})}))):null);if(y==="active"||y==="pending"){let $=g("shares-revoke",()=>N(),{class:"danger","data-action":"revoke"});b.append($);let N=()=>{let _=g("shares-revoke-yes",()=>B(_,m,async()=>{try{await X("revokeOp",Z,l.shareId,R())}catch(E){if(E&&E.code==="unreachable"){await pe({op:"revoke",shareId:l.shareId}),m.replaceChildren(T("sync-queued"));return}throw E}await O(),xt(e,t,{notice:"shares-revoked"})}),{class:"danger","data-action":"confirm-revoke"});m.replaceChildren(a("div",{class:"confirm",role:"alertdialog"},h("h3","shares-revoke-title"),h("p","shares-revoke-warning",void 0,{class:"warning"}),a("div",{class:"actions"},_,g("cancel",()=>m.replaceChildren()))))}}return b.append(m),b}c()}J();q();re();async function _t(e){let t=await ct()||{},n=t.relay===e?t.syncState??null:null,{report:r,syncState:i}=await X("syncOp",Z,e,n,R());return await O(),await Ie({relay:e,syncState:i,lastAt:R(),lastReport:r??null}),r}function ta(e){if(!e||typeof e!="object")return null;let t=0,n=!1;for(let r of["pulled","pushed","received","sent","applied","uploaded","downloaded"])typeof e[r]=="number"&&(t+=e[r],n=!0);return n?t:null}async function Tn(e,t){let n=C("sync-relay",a("input",{type:"url",dir:"ltr",class:"wide",value:t.relay()})),r=a("div",{class:"out"}),i=a("p",{class:"last","data-last-sync":""}),s=async()=>{let c=await ct();i.textContent=c&&c.lastAt?u("sync-last",{date:ke(c.lastAt,L())}):u("sync-never"),(await Re()).length&&r.append(T("sync-queued"))},o=g("sync-now",()=>B(o,r,async()=>{let c=n.input.value.trim();if(await U("relay",c),t.setRelay(c),!navigator.onLine){await pe({op:"sync"}),r.append(T("sync-offline"));return}try{let p=await _t(c),l=ta(p);r.append(T("sync-ok",void 0,"ok")),l!==null&&r.append(T("sync-report",{count:l}))}catch(p){throw p&&p.code==="unreachable"&&await pe({op:"sync"}),p}await s()}),{class:"primary","data-action":"sync"});z(e,h("h1","sync-title"),h("p","sync-intro"),a("form",{class:"card",on:{submit:c=>c.preventDefault()}},n.row,o),i,r),await s(),t.ready()}var na=[["home","nav-home"],["share","nav-share"],["shares","nav-shares"],["sync","nav-sync"],["backup","nav-backup"]],ra={home:ee,cv:Mn,share:bt,shares:xt,sync:Tn,backup:gn},Ge=location.origin,K={screen:"start",params:{}},te=a("main",{id:"view","data-state":"loading"}),ze=a("select",{class:"lang","aria-label":"language","data-lang-switch":""}),Ke=a("button",{type:"button",class:"lock","data-action":"lock"}),Cn=a("header",{class:"bar"},a("span",{class:"brand","data-t":"app-name"}),ze,Ke),Et=a("nav",{class:"tabs"}),Ae={go(e,t={}){K={screen:e,params:t},We(),e==="home"&&In().catch(n=>console.warn("queue",n))},ready(){te.dataset.state="ready",te.dataset.screen=K.screen,performance.mark(`mappe:screen-${K.screen}`)},relay:()=>Ge,setRelay(e){Ge=e}};function Nn(){Cn.querySelector(".brand").textContent=u("app-name"),ze.setAttribute("aria-label",u("language")),ze.replaceChildren(...ne.map(e=>a("option",{value:e,lang:e,text:Te(e),selected:e===L()}))),Ke.textContent=u("lock"),Ke.hidden=!v.wallet,Et.hidden=!v.wallet,Et.replaceChildren(...na.map(([e,t])=>a("button",{type:"button",class:e===K.screen?"tab current":"tab","data-tab":e,"aria-current":e===K.screen?"page":null,text:u(t),on:{click:()=>Ae.go(e)}})))}async function We(){Nn(),te.dataset.state="loading";try{!v.wallet||K.screen==="start"?(K.screen!=="start"&&(K={screen:"start",params:{}}),await gt(te,Ae,K.params.reason),K.params.notice&&te.prepend(T(K.params.notice))):(await xe(),await ra[K.screen](te,Ae,K.params))}catch(e){z(te,Q(e)),Ae.ready()}Nn()}v.onLock=e=>Ae.go("start",{reason:e});v.onChange=()=>{K.screen==="home"&&!te.querySelector("form")&&We()};Ke.addEventListener("click",()=>he("button"));ze.addEventListener("change",async()=>{Je(ze.value),await U("lang",L()),We()});async function In(){!v.wallet||!navigator.onLine||await pt(async e=>{if(e.op==="sync")await _t(Ge);else if(e.op==="revoke"){let{now:t}=await Promise.resolve().then(()=>(J(),Qt)),{host:n,save:r,op:i}=await Promise.resolve().then(()=>(q(),fn));await i("revokeOp",n,e.shareId,t()),await r()}})}addEventListener("online",()=>In().catch(e=>console.warn("queue",e)));async function aa(){document.body.append(Cn,te,Et);let e="serviceWorker"in navigator?navigator.serviceWorker:null;e&&!e.controller?new Promise(r=>{e.addEventListener("controllerchange",r,{once:!0}),setTimeout(r,15e3)}).then(()=>F()).catch(()=>{}):F().catch(()=>{});let t=null;try{t=await ue("lang"),Ge=await ue("relay")||location.origin}catch(n){console.warn("settings",n)}Je(He(t,navigator.languages)),await We(),"serviceWorker"in navigator&&navigator.serviceWorker.register("/app/sw.js",{scope:"/app/"}).catch(n=>console.warn("service worker",n))}aa();export{h as tr};
