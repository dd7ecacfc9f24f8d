/*
 * Decision Follow-up: form-js, which renders our Camunda Forms in Tasklist, writes its validation messages in English
 * only ("Field is required.", "Field must match pattern ^…$.") and offers no translation. Our forms speak Bengali
 * first with English beside it, so its messages are shown the same way, as soon as form-js puts them on the page.
 * Links in the forms open in a tab of their own; relative dates in Bengali take Bengali digits.
 * (Loaded by config.js's customScripts; the file name stays for that reference.)
 */
const DIGITS = '০১২৩৪৫৬৭৮৯';
const bengaliDigits = (text) => String(text).replace(/[0-9]/g, (d) => DIGITS[Number(d)]);

const MESSAGES = [
  [/^Field is required\.$/, () => 'ঘরটি পূরণ করুন / Field is required.'],
  [/^Field must have maximum length of (\d+)\.$/, (n) => `সর্বোচ্চ ${bengaliDigits(n)} অক্ষর লেখা যায় / at most ${n} characters.`],
  [/^Field must have minimum length of (\d+)\.$/, (n) => `কমপক্ষে ${bengaliDigits(n)} অক্ষর লিখুন / at least ${n} characters.`],
  [/^Field must have maximum value of (.+)\.$/, (n) => `সর্বোচ্চ ${bengaliDigits(n)} দেওয়া যায় / at most ${n}.`],
  [/^Field must have minimum value of (.+)\.$/, (n) => `কমপক্ষে ${bengaliDigits(n)} দিন / at least ${n}.`],
  [/^Field must match pattern .*\.$/s, () => 'লেখাটি চাওয়া আকারে নয় / not in the form asked for.'],
  [/^Field must be a valid email\.$/, () => 'সঠিক ই-মেইল ঠিকানা দিন / give a valid email address.']
];

function translateText(node) {
  const text = node.nodeValue;
  if (!text || !text.startsWith('Field ')) {
    return;
  }
  for (const [pattern, bengali] of MESSAGES) {
    const match = pattern.exec(text.trim());
    if (match) {
      node.nodeValue = bengali(match[1]);
      return;
    }
  }
}

/*
 * Tasklist's relative dates ("6 দিন পরে", from the bn locale's words) come with ASCII digits: moment takes its
 * digits from a locale function that a JSON locale file cannot hold. Written in Bengali digits where the words are
 * Bengali; an English page ("in 6 days") keeps its own.
 */
const RELATIVE_DATE = '[am-time-ago]';
const BENGALI_LETTER = /[\u0980-\u09FF]/;

function relativeDateDigits(node) {
  const text = node.nodeValue;
  if (text && /[0-9]/.test(text) && BENGALI_LETTER.test(text)) {
    node.nodeValue = bengaliDigits(text);
  }
}

function translate(root) {
  if (root.nodeType === Node.TEXT_NODE) {
    if (root.parentElement && root.parentElement.closest('.fjs-form-field-error')) {
      translateText(root);
    }
    if (root.parentElement && root.parentElement.closest(RELATIVE_DATE)) {
      relativeDateDigits(root);
    }
    return;
  }
  if (root.nodeType !== Node.ELEMENT_NODE) {
    return;
  }
  const dates = root.matches(RELATIVE_DATE) ? [root] : root.querySelectorAll(RELATIVE_DATE);
  dates.forEach((date) => {
    const walker = document.createTreeWalker(date, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      relativeDateDigits(node);
    }
  });
  root.querySelectorAll('.fjs-form-field-error').forEach((error) => {
    const walker = document.createTreeWalker(error, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      translateText(node);
    }
  });
  root.querySelectorAll('.fjs-container input[placeholder="Search"]').forEach((input) => {
    input.setAttribute('placeholder', 'খুঁজুন / Search');
  });
  // a link in a form's text (the progress report, an office's evidence) opens beside the task: in the same tab it
  // would replace the form and lose what the official had typed
  root.querySelectorAll('.fjs-container a[href]').forEach((link) => {
    if (link.getAttribute('target') !== '_blank') {
      link.setAttribute('target', '_blank');
      link.setAttribute('rel', 'noopener noreferrer');
    }
  });
}

/*
 * A refused start form says why at the top of Tasklist's dialog, far above the start button the official pressed
 * at the bottom of a long form: the message is scrolled into view, or it looks as if nothing happened.
 */
const DIALOG_ALERT = '.modal-content [notifications-panel] .alert';

function reveal(node) {
  if (node.nodeType !== Node.ELEMENT_NODE) {
    return;
  }
  const alerts = node.matches(DIALOG_ALERT) ? [node] : node.querySelectorAll(DIALOG_ALERT);
  alerts.forEach((alert) => alert.scrollIntoView({ block: 'start' }));
}

new MutationObserver((mutations) => {
  for (const mutation of mutations) {
    if (mutation.type === 'characterData') {
      translate(mutation.target);
    } else {
      mutation.addedNodes.forEach(translate);
      mutation.addedNodes.forEach(reveal);
      translate(mutation.target);
    }
  }
}).observe(document.documentElement, { childList: true, subtree: true, characterData: true });

export default [];
