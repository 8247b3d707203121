// The office desk's texts: Fluent files from crates/wallet-core/locales/office/.
import de from '../../../crates/wallet-core/locales/office/de.ftl';
import en from '../../../crates/wallet-core/locales/office/en.ftl';
import ar from '../../../crates/wallet-core/locales/office/ar.ftl';
import uk from '../../../crates/wallet-core/locales/office/uk.ftl';
import fa from '../../../crates/wallet-core/locales/office/fa.ftl';
import tr from '../../../crates/wallet-core/locales/office/tr.ftl';
import { useTexts } from '../i18n.js';
import { useCoreFrom } from '../core.js';

useTexts({ de, en, ar, uk, fa, tr });
// The wasm core is the wallet app's (same origin, same files): /app/pkg/.
useCoreFrom('../app/pkg/');
