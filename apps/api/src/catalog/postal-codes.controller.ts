import { Controller, Get, Header, Param } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { PostalCodeLookup } from '@madoguchi/procedures-contracts';

import { PostalCodePipe } from './catalog.pipes.js';
import { PostalCodeDirectory } from './postal/postal-code-directory.service.js';

@ApiTags('catalog')
@Controller('postal-codes')
export class PostalCodesController {
  constructor(private readonly directory: PostalCodeDirectory) {}

  @Get(':postalCode')
  // The data ships with the release and changes only with it: a day in any cache is safe.
  @Header('Cache-Control', 'public, max-age=86400')
  @ApiOperation({
    summary:
      '郵便番号 → 住所 from the offline Japan Post data: every address of the code (most often one)',
  })
  lookUpPostalCode(
    @Param('postalCode', PostalCodePipe) postalCode: string,
  ): Promise<PostalCodeLookup> {
    return this.directory.lookUpAddresses(postalCode);
  }
}
