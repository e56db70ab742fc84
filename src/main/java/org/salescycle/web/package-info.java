/**
 * The HTTP face of the API: problem+json answers, the OpenAPI description, and security headers.
 */
package org.salescycle.web;
