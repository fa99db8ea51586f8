import {
  BadRequestException,
  ForbiddenException,
  HttpException,
  InternalServerErrorException,
  NotFoundException,
} from '@nestjs/common';
import mongoose from 'mongoose';
import { JsonTooDeepError } from '../http/json-depth-guard';
import { bodyParserErrorBody } from './body-parser-error.middleware';
import { reasonPhrase } from './error-body';
import { toErrorBody } from './platform-exception.filter';
import { RequestValidationException } from './request-validation.exception';

describe('toErrorBody', () => {
  it('keeps the status and message of client errors', () => {
    expect(toErrorBody(new NotFoundException('Organisation org-1 not found'))).toEqual({
      statusCode: 404,
      error: 'Not Found',
      message: 'Organisation org-1 not found',
    });
    expect(toErrorBody(new ForbiddenException())).toEqual({ statusCode: 403, error: 'Forbidden', message: 'Forbidden' });
  });

  it('joins the message list of Nest built-in exceptions', () => {
    expect(toErrorBody(new BadRequestException(['a is bad', 'b is bad'])).message).toBe('a is bad; b is bad');
  });

  it('renders validation failures with details', () => {
    const body = toErrorBody(new RequestValidationException([{ field: 'contacts.0.email', reason: 'must be an email' }]));
    expect(body).toEqual({
      statusCode: 400,
      error: 'Bad Request',
      message: 'Validation failed: contacts.0.email: must be an email',
      details: [{ field: 'contacts.0.email', reason: 'must be an email' }],
    });
  });

  it('hides the message and stack of unexpected errors', () => {
    const body = toErrorBody(new Error('connection string mongodb://user:pw@host leaked'));
    expect(body).toEqual({ statusCode: 500, error: 'Internal Server Error', message: 'Internal server error' });
    expect(toErrorBody(new InternalServerErrorException('db detail')).message).toBe('Internal server error');
    expect(JSON.stringify(toErrorBody('a thrown string'))).not.toContain('stack');
  });

  it('answers a mongoose ValidationError or CastError as a 400 naming the field, never a 500', () => {
    const invalid = new mongoose.Error.ValidationError();
    invalid.addError('rules', new mongoose.Error.ValidatorError({ path: 'rules', message: 'Path `rules` is required.', type: 'required' }));
    expect(toErrorBody(invalid)).toEqual({
      statusCode: 400,
      error: 'Bad Request',
      message: 'Validation failed: rules: is required',
      details: [{ field: 'rules', reason: 'is required' }],
    });
    const cast = new mongoose.Error.CastError('Number', 'abc', 'budget.amountEur');
    expect(toErrorBody(cast)).toMatchObject({ statusCode: 400, details: [{ field: 'budget.amountEur', reason: 'must be a valid Number' }] });
  });

  it('uses a readable message for rate limiting', () => {
    expect(toErrorBody(new HttpException('ThrottlerException: Too Many Requests', 429))).toEqual({
      statusCode: 429,
      error: 'Too Many Requests',
      message: 'Too many requests; retry later',
    });
  });
});

describe('bodyParserErrorBody', () => {
  it('maps oversized and malformed bodies', () => {
    expect(bodyParserErrorBody({ status: 413, type: 'entity.too.large', limit: 102400 })).toEqual({
      statusCode: 413,
      error: 'Payload Too Large',
      message: 'Request body exceeds the limit of 102400 bytes',
    });
    expect(bodyParserErrorBody({ status: 400, type: 'entity.parse.failed' }).statusCode).toBe(400);
    expect(bodyParserErrorBody(new Error('boom')).statusCode).toBe(500);
  });

  it('answers a body nested too deep as a 400 naming where', () => {
    expect(bodyParserErrorBody(new JsonTooDeepError('memberCounts.other', 32))).toEqual({
      statusCode: 400,
      error: 'Bad Request',
      message: 'Request body nests deeper than 32 levels',
      details: [{ field: 'memberCounts.other', reason: 'nests deeper than 32 levels' }],
    });
  });
});

describe('reasonPhrase', () => {
  it('derives standard phrases', () => {
    expect(reasonPhrase(422)).toBe('Unprocessable Entity');
    expect(reasonPhrase(503)).toBe('Service Unavailable');
    expect(reasonPhrase(599)).toBe('Internal Server Error');
  });
});
