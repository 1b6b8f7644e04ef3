import { mount } from 'svelte';
import Boot from './Boot.svelte';
import './app.css';
import { registerServiceWorker } from './state/register-sw';

const target = document.getElementById('app');
if (!target) throw new Error('main: #app element is missing from index.html');
// index.html's static "Loading…" line shows until the code runs; Boot takes over from it.
target.replaceChildren();
export default mount(Boot, { target });
registerServiceWorker();
