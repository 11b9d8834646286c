import '@testing-library/jest-dom/jest-globals';
import { configure } from '@testing-library/react';

// CI machines are small and run several projects at once: give async UI a few seconds.
configure({ asyncUtilTimeout: 5000 });
