import { API_VERSION, ApiIndexController } from './api-index.controller.js';

describe(ApiIndexController.name, () => {
  it('names the API and links its health check, Swagger UI and OpenAPI document', () => {
    // Arrange
    const controller = new ApiIndexController();

    // Act
    const index = controller.describe();

    // Assert
    expect(index).toEqual({
      name: 'Madoguchi API',
      version: API_VERSION,
      links: { health: '/api/health', docs: '/api/docs', openapi: '/api/openapi.json' },
    });
  });
});
