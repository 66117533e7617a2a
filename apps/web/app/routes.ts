import { type RouteConfig, index, route } from '@react-router/dev/routes';

export default [
  index('routes/home.tsx'),
  route('search', 'routes/search.tsx'),
  route('providers/:id', 'routes/provider.tsx'),
  route('states', 'routes/states.tsx'),
  route('states/:state/:category?', 'routes/state.tsx'),
  route('login', 'routes/account/login.tsx'),
  route('logout', 'routes/account/logout.tsx'),
  route('signup', 'routes/account/signup.tsx'),
  route('confirm-email', 'routes/account/confirm-email.tsx'),
  route('forgot-password', 'routes/account/forgot-password.tsx'),
  route('reset-password', 'routes/account/reset-password.tsx'),
  route('account', 'routes/account/account.tsx'),
  route('robots.txt', 'routes/robots-txt.ts'),
  route('sitemap.xml', 'routes/sitemap-index.ts'),
  route('sitemaps/:name', 'routes/sitemap.ts'),
  route('*', 'routes/not-found.tsx'),
] satisfies RouteConfig;
