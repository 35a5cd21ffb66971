export * from './customer.schemas';
export { addContact } from './add-contact';
export { addDepartment } from './add-department';
export { createCustomer } from './create-customer';
export { listCustomers } from './list-customers';
export { getCustomer } from './load-customer';
export { updateCustomer } from './update-customer';
export { contacts, customers, departments } from './customers.table';
export { registerCustomerRoutes } from './customers.routes';
