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
});
