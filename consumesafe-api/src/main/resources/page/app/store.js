// What the page remembers on this device: language, country, chosen lists and the last answers (for offline).
const SETTINGS = 'consumesafe.settings';
const ANSWERS = 'consumesafe.answers';
const LISTS = 'consumesafe.lists';
const KEPT_ANSWERS = 20;

function read(key, fallback) {
  try {
    return JSON.parse(localStorage.getItem(key)) ?? fallback;
  } catch {
    return fallback;
  }
}

function write(key, value) {
  try {
    localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // storage full or disabled (private mode): the page still works, it just forgets
  }
}

export const settings = () => read(SETTINGS, {});
export const saveSettings = (changes) => write(SETTINGS, { ...settings(), ...changes });

export const knownLists = () => read(LISTS, []);
export const saveLists = (lists) => write(LISTS, lists);

export const answers = () => read(ANSWERS, []);
export const savedAnswer = (key) => answers().find((answer) => answer.key === key);

export function saveAnswer(key, search, label, response) {
  const kept = answers().filter((answer) => answer.key !== key);
  kept.unshift({ key, search, label, at: Date.now(), response });
  write(ANSWERS, kept.slice(0, KEPT_ANSWERS));
}
