import { mount } from 'svelte';
import Boot from './Boot.svelte';
import './app.css';
import { registerServiceWorker } from './state/register-sw';
import { nextTask } from './lib/slices';

const target = document.getElementById('app');
if (!target) throw new Error('main: #app element is missing from index.html');
// index.html's static "Loading…" line shows until Boot takes over from it, in the task after the
// one that evaluated the code: on Lighthouse's slow phone the two together were one long task.
void nextTask().then(() => {
  target.replaceChildren();
  mount(Boot, { target });
  registerServiceWorker();
});
