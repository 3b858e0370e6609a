// The scenario board's history: each scenario's posterior after each article's claims, articles in
// order of publication, drawn with Apache ECharts from its WebJar. Hovering a point tells what that
// article moved; a click opens the article. The page's plain monthly chart stays for readers
// without scripts and is replaced here.
const box = document.getElementById('board-history');
const history = box ? JSON.parse(box.dataset.history || '{}') : {};
const steps = history.steps || [];
const scenarios = history.scenarios || [];

// Titles come from articles: escaped before they reach the tooltip's HTML.
function escape(value) {
  return String(value == null ? '' : value).replace(/[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}

function signed(x) {
  return (x >= 0 ? '+' : '\u2212') + Math.abs(x).toFixed(2);
}

if (box && window.echarts && steps.length > 0) {
  box.textContent = '';
  box.classList.add('live');
  const chart = echarts.init(box, null, { renderer: 'svg', height: 300 });
  chart.setOption({
    animation: false,
    textStyle: { fontFamily: 'sans-serif', fontSize: 12 },
    legend: { top: 0, left: 'center', itemGap: 18, textStyle: { fontFamily: 'sans-serif', fontSize: 12 } },
    grid: { left: 44, right: 24, top: 34, bottom: 40 },
    tooltip: {
      trigger: 'axis',
      formatter: (points) => {
        const step = steps[points[0].dataIndex];
        const lines = scenarios.map((s) => escape(s.name) + ': ' + step.posterior[s.id].toFixed(2)
          + ' (' + signed(step.moved[s.id]) + ')');
        return '<strong>' + escape(step.title || step.article) + '</strong><br>' + escape(step.month || 'undated')
          + '<br>' + lines.join('<br>');
      },
    },
    xAxis: {
      type: 'category',
      name: 'articles in order',
      nameLocation: 'middle',
      nameGap: 26,
      data: steps.map((s, i) => (s.month || 'undated') + ' #' + (i + 1)),
      axisLabel: { formatter: (v) => v.split(' ')[0] },
    },
    yAxis: { type: 'value', min: 0, max: 1, name: 'posterior' },
    series: scenarios.map((s) => ({
      name: s.name,
      type: 'line',
      step: 'end',
      symbolSize: 7,
      data: steps.map((step) => step.posterior[s.id]),
    })),
  });
  box.dataset.steps = String(steps.length);
  chart.on('click', (p) => {
    window.location.href = '/articles/' + encodeURIComponent(steps[p.dataIndex].article);
  });
  window.addEventListener('resize', () => chart.resize());
}
