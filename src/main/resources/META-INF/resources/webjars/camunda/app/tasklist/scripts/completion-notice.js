/*
 * Decision Follow-up: Tasklist closes a completed task's form without a word, so an official (on a phone, scrolled
 * down to the button) could not tell whether the report went in, and pressed again or phoned. A completion the
 * server accepted is confirmed in Bengali for a few seconds at the top of the window. (Loaded by config.js's
 * customScripts.)
 */
const COMPLETED = /\/task\/[^/]+\/(submit-form|complete)$/;
let hideLater = null;

function confirmCompleted() {
  let notice = document.querySelector('.followup-completed');
  if (!notice) {
    notice = document.createElement('div');
    notice.className = 'followup-completed alert alert-success';
    notice.setAttribute('role', 'status');
    notice.setAttribute('aria-live', 'polite');
    document.body.appendChild(notice);
  }
  notice.textContent = '✓ কাজটি সম্পন্ন হয়েছে / The task is completed';
  notice.hidden = false;
  clearTimeout(hideLater);
  hideLater = setTimeout(() => {
    notice.hidden = true;
  }, 6000);
}

const open = XMLHttpRequest.prototype.open;
XMLHttpRequest.prototype.open = function (method, url, ...rest) {
  if (String(method).toUpperCase() === 'POST' && COMPLETED.test(String(url).split('?')[0])) {
    this.addEventListener('load', () => {
      if (this.status >= 200 && this.status < 300) {
        confirmCompleted();
      }
    });
  }
  return open.call(this, method, url, ...rest);
};

export default [];
