/**
 * Verbs whose subject is nearly always a person when it is a single unknown capitalised word
 * (`Okonkwo said`, `Lindqvist met`): evidence that the word is a name. Lower-cased inflected forms.
 * Left out: verbs organisations do as often (`announced`, `reported`).
 */
export const PERSON_VERBS: ReadonlySet<string> = new Set([
  'said', 'says', 'told', 'tells', 'added', 'adds', 'insisted', 'insists', 'asked', 'asks', 'wrote', 'writes',
  'argued', 'argues', 'explained', 'explains', 'recalled', 'recalls', 'noted', 'notes', 'stressed', 'stresses',
  'met', 'meets', 'visited', 'visits', 'praised', 'praises', 'urged', 'urges', 'pressed', 'presses',
  'agreed', 'agrees', 'thanked', 'thanks', 'hailed', 'hails', 'warned', 'warns', 'vowed', 'vows', 'believes',
  'thinks', 'thought', 'smiled', 'laughed', 'traveled', 'travelled', 'travels', 'flew', 'arrived', 'resigned',
  'ordered', 'orders', 'signed', 'signs', 'spoke', 'speaks', 'tweeted', 'posted', 'criticized', 'criticised',
  'accused', 'accuses', 'called', 'calls', 'suspended', 'suspends', 'promised', 'promises', 'pledged', 'pledges',
]);
