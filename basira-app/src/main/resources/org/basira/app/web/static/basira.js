// Basira's pages work without this script; it adds the details panel to an article's marks.
const panel = document.getElementById('detail');

function show(mark) {
  if (!panel) return;
  panel.replaceChildren();
  for (const ref of mark.dataset.refs.split(' ')) {
    const detail = document.getElementById('d-' + ref);
    if (detail) panel.append(...Array.from(detail.cloneNode(true).childNodes));
  }
  document.querySelectorAll('.hl.active').forEach(m => m.classList.remove('active'));
  mark.classList.add('active');
}

document.addEventListener('click', event => {
  const mark = event.target.closest('.text .hl[data-refs]');
  if (mark) show(mark);
});

document.addEventListener('keydown', event => {
  const mark = event.target.closest && event.target.closest('.text .hl[data-refs]');
  if (mark && (event.key === 'Enter' || event.key === ' ')) {
    event.preventDefault();
    show(mark);
  }
});
