// The shared mutation runner (components/useRun), under the name the grant pages import.
export { useRun } from '../../../components/useRun';
