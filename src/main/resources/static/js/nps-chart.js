// Draws the monthly NPS from the table below it; months with too few answers leave a gap rather than a misleading point.
document.addEventListener('DOMContentLoaded', () => {
  const canvas = document.getElementById('nps-chart');
  if (!canvas || typeof Chart === 'undefined') {
    return;
  }
  const rows = Array.from(document.querySelectorAll('tr.trend-row'));
  canvas.parentElement.style.height = '260px';
  new Chart(canvas, {
    type: 'line',
    data: {
      labels: rows.map((row) => row.dataset.month),
      datasets: [{
        label: 'NPS',
        data: rows.map((row) => (row.dataset.nps === '' ? null : Number(row.dataset.nps))),
        borderColor: '#1d6f42',
        backgroundColor: '#1d6f42',
        spanGaps: false
      }]
    },
    options: {
      maintainAspectRatio: false,
      scales: { y: { min: -100, max: 100 } },
      plugins: { legend: { display: false } }
    }
  });
});
