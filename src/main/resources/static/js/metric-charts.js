// Draws each metric's chart from the table of figures below it: bars for what happened per day, week or month,
// a line for a state such as active members or an NPS (gaps where there is no value).
document.addEventListener('DOMContentLoaded', () => {
  if (typeof Chart === 'undefined') {
    return;
  }
  document.querySelectorAll('canvas.metric-chart').forEach((canvas) => {
    const table = document.getElementById(canvas.dataset.table);
    if (!table) {
      return;
    }
    const rows = Array.from(table.querySelectorAll('tr.metric-point'));
    const flow = canvas.dataset.kind === 'FLOW';
    canvas.parentElement.style.height = '200px';
    new Chart(canvas, {
      type: flow ? 'bar' : 'line',
      data: {
        labels: rows.map((row) => row.dataset.label),
        datasets: [{
          data: rows.map((row) => (row.dataset.value === '' ? null : Number(row.dataset.value))),
          borderColor: '#1d6f42',
          backgroundColor: flow ? '#5a9e77' : '#1d6f42',
          spanGaps: false
        }]
      },
      options: {
        maintainAspectRatio: false,
        scales: { y: { beginAtZero: flow, ticks: flow ? { precision: 0 } : {} } },
        plugins: { legend: { display: false } }
      }
    });
  });
});
