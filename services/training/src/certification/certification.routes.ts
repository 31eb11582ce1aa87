import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import { commandRoutes, RecordController } from '@muster/platform';
import { certificationAggregate } from './certification.aggregate';

export class CertificationIdParam {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'certificationId must be a UUID' })
  certificationId!: string;
}

/**
 * Certification use cases: `POST /certifications/:certificationId/<route>` changes one (awards come from sessions and
 * recognition cases). Sent by training, admin.
 */
export const certificationRoutes = commandRoutes(certificationAggregate, {
  path: 'certifications',
  tag: 'certifications',
  params: CertificationIdParam,
  idOf: (p) => p.certificationId,
  roles: ['training', 'admin'],
});

/** A controller of certification reads under /certifications (versions echoed as ETag). */
export const CertificationController = (): ClassDecorator => RecordController('certifications', 'certifications');
