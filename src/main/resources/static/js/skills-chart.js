// Draws the skills picture from the table below it, so the figures stay readable without JavaScript.
document.addEventListener('DOMContentLoaded', () => {
  const canvas = document.getElementById('skills-chart');
  if (!canvas || typeof Chart === 'undefined') {
    return;
  }
  const rows = Array.from(document.querySelectorAll('tr.skill-row'));
  const figure = (row, name) => Number(row.dataset[name]);
  canvas.parentElement.style.height = `${Math.max(240, rows.length * 32)}px`;
  new Chart(canvas, {
    type: 'bar',
    data: {
      labels: rows.map((row) => row.dataset.name),
      datasets: [
        { label: 'Heroes (level 4+)', data: rows.map((row) => figure(row, 'experts')), backgroundColor: '#1d6f42', stack: 'held' },
        { label: 'Other holders', data: rows.map((row) => figure(row, 'holders') - figure(row, 'experts')), backgroundColor: '#8fc1a4', stack: 'held' },
        { label: 'Want to learn', data: rows.map((row) => figure(row, 'learners')), backgroundColor: '#c77c02', stack: 'learning' }
      ]
    },
    options: {
      indexAxis: 'y',
      maintainAspectRatio: false,
      scales: { x: { stacked: true, ticks: { precision: 0 } }, y: { stacked: true } },
      plugins: { legend: { position: 'bottom' } }
    }
  });
});
