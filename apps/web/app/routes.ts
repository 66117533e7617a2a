import { type RouteConfig, index, route } from '@react-router/dev/routes';

export default [
  index('routes/home.tsx'),
  route('search', 'routes/search.tsx'),
  route('providers/:id', 'routes/provider.tsx'),
  route('states', 'routes/states.tsx'),
  route('states/:state/:category?', 'routes/state.tsx'),
  route('login', 'routes/account/login.tsx'),
  route('logout', 'routes/account/logout.tsx'),
  route('inbox', 'routes/inbox/inbox.tsx'),
  route('inbox/:id', 'routes/inbox/referral.tsx'),
  route('referrals', 'routes/referrals/list.tsx'),
  route('referrals/new', 'routes/referrals/new.tsx'),
  route('referrals/:id', 'routes/referrals/referral.tsx'),
  route('my-listing', 'routes/listing/my-listing.tsx'),
  route('robots.txt', 'routes/robots-txt.ts'),
  route('sitemap.xml', 'routes/sitemap-index.ts'),
  route('sitemaps/:name', 'routes/sitemap.ts'),
  route('*', 'routes/not-found.tsx'),
] satisfies RouteConfig;
