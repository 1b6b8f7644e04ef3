import { mount } from 'svelte';
import App from './App.svelte';
import './app.css';
import { registerServiceWorker } from './offline/register-sw';

const target = document.getElementById('app');
if (!target) throw new Error('main: #app element is missing from index.html');
export default mount(App, { target });
registerServiceWorker();
