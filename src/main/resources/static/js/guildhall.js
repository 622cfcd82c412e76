// Progressive enhancements only: every page works without this file.
document.addEventListener('DOMContentLoaded', () => {
  // Take the keyboard to the list of problems after a form comes back with errors.
  const summary = document.getElementById('error-summary');
  if (summary) {
    summary.focus();
  }
  // Buttons that print the page (CSP forbids inline handlers)
  document.querySelectorAll('[data-print]').forEach((button) => {
    button.addEventListener('click', () => window.print());
  });
  // Offer the browser's own time zone on forms that ask for one and have not chosen yet.
  const zone = document.querySelector('select[data-detect-zone]');
  if (zone && zone.value === 'UTC') {
    const detected = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (Array.from(zone.options).some((option) => option.value === detected)) {
      zone.value = detected;
    }
  }
  // Pickers: with htmx the matches come as one types, so the Find button (the search step
  // without JavaScript) is not needed; a ticked match joins the chosen ones, so that the next
  // search does not take it away.
  document.querySelectorAll('[data-picker] .picker-find').forEach((button) => {
    button.hidden = true;
  });
  document.addEventListener('change', (event) => {
    const input = event.target;
    const matches = input.closest('.picker-matches');
    if (!matches || !input.checked) {
      return;
    }
    const chosen = input.closest('[data-picker]').querySelector('.picker-chosen');
    if (input.type === 'radio') {
      chosen.querySelectorAll('li').forEach((item) => {
        const choice = item.querySelector('input');
        if (choice && choice.value !== '') {
          item.remove();
        }
      });
    }
    chosen.appendChild(input.closest('li'));
  });
  // Enter in a picker's search box searches; Enter elsewhere in its form saves, as it would
  // in a form without pickers (their Find buttons come first in the form).
  document.querySelectorAll('form').forEach((form) => {
    if (!form.querySelector('[data-picker]')) {
      return;
    }
    form.addEventListener('keydown', (event) => {
      const field = event.target;
      if (event.key !== 'Enter' || field.tagName === 'TEXTAREA' || field.tagName === 'BUTTON') {
        return;
      }
      event.preventDefault();
      if (field.classList.contains('picker-search')) {
        if (window.htmx) {
          window.htmx.trigger(field, 'search');
        }
        return;
      }
      const save = Array.from(form.querySelectorAll('button[type=submit]')).find((button) => button.name !== 'find');
      if (save) {
        form.requestSubmit(save);
      }
    });
  });
});
