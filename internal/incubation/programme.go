package incubation

// Key is the programme's key.
func (s *Service) Key() string { return Key }
