// The floor for a first render: a minimal Preact extension page that shows one saved item.
import { h, render } from 'preact';

render(
  h('ul', null, h('li', { 'data-testid': 'saved-item' }, 'A saved article')),
  document.getElementById('app'),
);
