/** RIV-TA RegisterCertificate v3: certificates to and from the national XML format, generic over the models. */
export {};
