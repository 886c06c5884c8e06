/**
 * A request handler for the real AWS SDK that answers some requests with an injected fault and forwards
 * the rest to the emulator over HTTP. Unlike aws-sdk-client-mock, it sits under the SDK's middleware
 * stack, so the SDK's own retries (and their count) are what is tested.
 */
import { Readable } from 'node:stream';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import type { HttpHandlerOptions, HttpRequest, HttpResponse } from '@smithy/types';

export interface Fault {
  statusCode: number;
  /** Error code as the service spells it, e.g. ProvisionedThroughputExceededException or SlowDown. */
  code: string;
  protocol: 'json' | 'xml';
}

export const DYNAMO_THROTTLE: Fault = {
  statusCode: 400,
  code: 'ProvisionedThroughputExceededException',
  protocol: 'json',
};
export const S3_UNAVAILABLE: Fault = { statusCode: 503, code: 'ServiceUnavailable', protocol: 'xml' };

export class FaultyRequestHandler {
  readonly metadata = { handlerProtocol: 'http/1.1' };
  private readonly inner = new NodeHttpHandler();
  /** Requests seen that the predicate selected (faulted or forwarded). */
  attempts = 0;
  faulted = 0;

  /**
   * @param fault the injected error
   * @param faultsLeft how many selected requests to fault before forwarding (Infinity: always)
   * @param selects which requests are subject to faults (say, only PutItem)
   */
  constructor(
    private readonly fault: Fault,
    private faultsLeft: number,
    private readonly selects: (request: HttpRequest) => boolean = () => true,
  ) {}

  async handle(request: HttpRequest, options?: HttpHandlerOptions): Promise<{ response: HttpResponse }> {
    if (!this.selects(request)) return this.inner.handle(request as never, options);
    this.attempts += 1;
    if (this.faultsLeft <= 0) return this.inner.handle(request as never, options);
    this.faultsLeft -= 1;
    this.faulted += 1;
    return { response: faultResponse(this.fault) };
  }

  updateHttpClientConfig(): void {}

  httpHandlerConfigs(): Record<string, never> {
    return {};
  }

  destroy(): void {
    this.inner.destroy();
  }
}

/** DynamoDB JSON requests name their operation in this header. */
export function dynamoOperation(name: string): (request: HttpRequest) => boolean {
  return (request) => request.headers['x-amz-target'] === `DynamoDB_20120810.${name}`;
}

/** S3 GetObject: a GET on an object path. */
export function s3GetObject(request: HttpRequest): boolean {
  return request.method === 'GET' && request.path.split('/').filter(Boolean).length >= 2;
}

function faultResponse(fault: Fault): HttpResponse {
  const body =
    fault.protocol === 'json'
      ? JSON.stringify({
          __type: `com.amazonaws.dynamodb.v20120810#${fault.code}`,
          message: 'injected fault',
        })
      : `<?xml version="1.0" encoding="UTF-8"?><Error><Code>${fault.code}</Code><Message>injected fault</Message></Error>`;
  return {
    statusCode: fault.statusCode,
    reason: fault.code,
    headers: {
      'content-type': fault.protocol === 'json' ? 'application/x-amz-json-1.0' : 'application/xml',
      'content-length': String(Buffer.byteLength(body)),
    },
    body: Readable.from([Buffer.from(body)]),
  } as HttpResponse;
}
