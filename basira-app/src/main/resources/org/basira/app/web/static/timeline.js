// The timeline page's chart: reported events a month, stacked by PLOVER quad class, on a real time
// axis (months without events keep their place), drawn with Apache ECharts from its WebJar. Drag
// across the chart, or use the slider, to zoom; a click on a month lists its events. The page's
// plain SVG chart stays for readers without scripts and is replaced here.
const QUADS = ['verbal_cooperation', 'material_cooperation', 'verbal_conflict', 'material_conflict'];
const LABELS = {
  verbal_cooperation: 'Verbal cooperation', material_cooperation: 'Material cooperation',
  verbal_conflict: 'Verbal conflict', material_conflict: 'Material conflict',
};
const COLOURS = {
  verbal_cooperation: '#7fb3e0', material_cooperation: '#2f6fb0',
  verbal_conflict: '#f2a48f', material_conflict: '#c0392b',
};

const box = document.getElementById('events-by-month');
const months = box ? JSON.parse(box.dataset.months || '{}') : {};
const keys = Object.keys(months).sort();

function month(time) {
  return new Date(time).toISOString().slice(0, 7);
}

if (box && window.echarts && keys.length > 0) {
  box.textContent = '';
  box.classList.add('live');
  const chart = echarts.init(box, null, { renderer: 'svg', height: 300 });
  const day = 24 * 3600 * 1000;
  chart.setOption({
    animation: false,
    // One font for measuring and drawing, so that legend labels keep their spacing.
    textStyle: { fontFamily: 'sans-serif', fontSize: 12 },
    legend: { top: 0, left: 'center', itemGap: 18, textStyle: { fontFamily: 'sans-serif', fontSize: 12 } },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 44, right: 24, top: 34, bottom: 74 },
    xAxis: { type: 'time', minInterval: 28 * day },
    yAxis: { type: 'value', minInterval: 1, name: 'events' },
    dataZoom: [{ type: 'slider', xAxisIndex: 0, bottom: 12 }, { type: 'inside', xAxisIndex: 0 }],
    toolbox: {
      right: 24,
      feature: {
        dataZoom: { yAxisIndex: 'none', title: { zoom: 'Drag to zoom', back: 'Undo zoom' } },
        restore: { title: 'All months' },
      },
    },
    series: QUADS.map((quad) => ({
      name: LABELS[quad],
      type: 'bar',
      stack: 'events',
      barMaxWidth: 28,
      itemStyle: { color: COLOURS[quad] },
      data: keys.map((m) => [m + '-01', (months[m] || {})[quad] || 0]),
    })),
  });
  // Dragging across months zooms at once, without first picking the tool.
  chart.dispatchAction({ type: 'takeGlobalCursor', key: 'dataZoomSelect', dataZoomSelectActive: true });

  // What the chart shows, on the element, for the page's tests and for anyone reading the DOM.
  const shown = () => {
    const [from, to] = chart.getModel().getComponent('xAxis', 0).axis.scale.getExtent();
    box.dataset.axis = 'time';
    box.dataset.from = month(from);
    box.dataset.to = month(to);
  };
  shown();
  chart.on('datazoom', shown);
  chart.on('restore', shown);
  chart.on('click', (p) => {
    const m = month(p.value[0]);
    window.location.href = '/timeline?from=' + m + '&to=' + m;
  });
  window.addEventListener('resize', () => chart.resize());
}
