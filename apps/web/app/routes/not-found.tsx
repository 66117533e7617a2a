import { data } from 'react-router';
import { NotFound } from '../components/error-pages';

export function loader(): never {
  throw data(null, { status: 404 });
}

export default function NotFoundPage() {
  return <NotFound />;
}

export function ErrorBoundary() {
  return <NotFound />;
}
