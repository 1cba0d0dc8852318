/** What the browser remembers: drafts per problem, theme, editor font size. Nothing typed is lost. */
export type Theme = 'light' | 'dark';

const KEY = 'shousi.';

function read(key: string): string | null {
  try {
    return localStorage.getItem(KEY + key);
  } catch {
    return null;
  }
}
function write(key: string, value: string): void {
  try {
    localStorage.setItem(KEY + key, value);
  } catch {
    // storage full or disabled: the draft lives on in the editor
  }
}

export const prefs = {
  draft: (slug: string) => read(`draft.${slug}`),
  saveDraft: (slug: string, code: string) => write(`draft.${slug}`, code),
  clearDraft: (slug: string) => {
    try {
      localStorage.removeItem(`${KEY}draft.${slug}`);
    } catch {
      // nothing to clear
    }
  },
  customInputs: (slug: string): string[][] | null => {
    const raw = read(`inputs.${slug}`);
    try {
      return raw ? (JSON.parse(raw) as string[][]) : null;
    } catch {
      return null;
    }
  },
  saveCustomInputs: (slug: string, inputs: string[][]) => write(`inputs.${slug}`, JSON.stringify(inputs)),
  theme: (): Theme => (read('theme') === 'dark' ? 'dark' : 'light'),
  setTheme: (t: Theme) => write('theme', t),
  fontSize: (): number => {
    const n = Number(read('fontSize'));
    return n >= 10 && n <= 28 ? n : 14;
  },
  setFontSize: (n: number) => write('fontSize', String(n)),
  setLang: (l: string) => write('lang', l),
};
