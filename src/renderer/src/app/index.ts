// The top of the renderer: only main.tsx comes in here, to start the app.
export { App } from './App';
