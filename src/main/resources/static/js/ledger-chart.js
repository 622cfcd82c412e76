// Draws each core-team member's load from the ledger table, with the line past which someone carries too much.
document.addEventListener('DOMContentLoaded', () => {
  const canvas = document.getElementById('ledger-chart');
  if (!canvas || typeof Chart === 'undefined') {
    return;
  }
  const rows = Array.from(document.querySelectorAll('tr.ledger-row'));
  const loads = rows.map((row) => Number(row.dataset.load));
  const flagged = rows.map((row) => row.classList.contains('table-warning'));
  canvas.parentElement.style.height = `${Math.max(200, rows.length * 32)}px`;
  new Chart(canvas, {
    type: 'bar',
    data: {
      labels: rows.map((row) => row.dataset.name),
      datasets: [{
        label: 'Load (sessions, inconvenient hours counted twice)',
        data: loads,
        backgroundColor: flagged.map((over) => (over ? '#c77c02' : '#1d6f42'))
      }]
    },
    options: {
      indexAxis: 'y',
      maintainAspectRatio: false,
      scales: { x: { ticks: { precision: 0 }, beginAtZero: true } },
      plugins: { legend: { position: 'bottom' } }
    }
  });
});
