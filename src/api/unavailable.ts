// The answers for a dependency that is down for a while: the register (PostgreSQL) or Temporal. Such a
// failure says nothing about the request, so it is a 503 with Retry-After, never a 500.
import { ServiceError, isGrpcServiceError } from '@temporalio/client';
import { isRegisterConnectionError } from '../db/database';
import { ApiError } from './errors';

/** Seconds a client should wait before retrying (a PostgreSQL restart takes a few seconds). */
export const RETRY_AFTER_SECONDS = 5;

export const UNAVAILABLE_MESSAGES = {
  REGISTER_UNAVAILABLE:
    'Sổ đăng ký (cơ sở dữ liệu) tạm thời không truy cập được; vui lòng thử lại sau / The register (database) is temporarily unavailable; please retry shortly',
  TEMPORAL_UNAVAILABLE:
    'Temporal (bộ điều phối quy trình) tạm thời không truy cập được; vui lòng thử lại sau / Temporal (the workflow engine) is temporarily unavailable; please retry shortly',
} as const;

export type UnavailableCode = keyof typeof UNAVAILABLE_MESSAGES;

export function unavailable(code: UnavailableCode): ApiError {
  return new ApiError(503, code, UNAVAILABLE_MESSAGES[code], [], { 'retry-after': String(RETRY_AFTER_SECONDS) });
}

// gRPC status codes (@grpc/grpc-js `status`): the server cannot be reached, or did not answer in time.
const GRPC_UNAVAILABLE = 14;
const GRPC_DEADLINE_EXCEEDED = 4;

/** Whether `error` (or what caused it) says the Temporal server cannot be reached right now. */
export function isTemporalUnavailable(error: unknown, depth = 0): boolean {
  if (!(error instanceof Error) || depth > 5) return false;
  if (isGrpcServiceError(error)) return error.code === GRPC_UNAVAILABLE || error.code === GRPC_DEADLINE_EXCEEDED;
  if (error instanceof ServiceError && /^Failed to connect to Temporal server/.test(error.message)) return true;
  return isTemporalUnavailable((error as { cause?: unknown }).cause, depth + 1);
}

/** The 503 answer for an error that means a dependency is down, or undefined for any other error. */
export function unavailableError(error: unknown): ApiError | undefined {
  // Temporal first: its errors are recognised by their gRPC status, the register's by broader socket codes.
  if (isTemporalUnavailable(error)) return unavailable('TEMPORAL_UNAVAILABLE');
  if (isRegisterConnectionError(error)) return unavailable('REGISTER_UNAVAILABLE');
  return undefined;
}
