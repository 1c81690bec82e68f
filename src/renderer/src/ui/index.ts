export { ScreenHeading } from './ScreenHeading';
export { ErrorMessage, StatusMessage } from './Messages';
export { TextField } from './TextField';
