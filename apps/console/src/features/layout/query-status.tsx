export { LoadFailedNotice, LoadingNotice } from '@madoguchi/web-feature-status';
