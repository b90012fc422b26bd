// Type-level tests of customerMessages and customerWarning (tsc --strict
// --noEmit), with misuses that must NOT type-check.
import { customerMessages, customerWarning, parseHostname } from '../../../pkg/index.js';

const words: Record<string, string> = customerMessages('de', 'page.');
const title: string | undefined = words['page.title'];
customerMessages(undefined, 'page.');
const info = parseHostname('https://shop.example.com/x');
const sentences: (string | undefined)[] = info.warnings.map((w) => customerWarning(w, 'fr'));

// @ts-expect-error the prefix is required
customerMessages('de');
// @ts-expect-error a warning is an object
customerWarning('removed_scheme', 'fr');

export { title, sentences };
